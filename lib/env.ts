// The build's environment, read once: the base path, production or preview, and the site's
// address as deploy hosts announce it. next.config.ts, lib/site.ts and the build scripts all
// ask here; nothing else reads these variables.

type Env = Record<string, string | undefined>

/** The sub-path the site is served under (GitHub Pages project sites): "/repo", or "" at the root. */
export function basePathOf(env: Env = process.env): string {
  const raw = env.BASE_PATH?.trim().replace(/\/+$/, '') ?? ''
  return raw === '' ? '' : raw.startsWith('/') ? raw : `/${raw}`
}

export type SiteEnv = 'production' | 'preview'

/**
 * A preview build is never indexed. Ours (SITE_ENV=preview), Vercel's preview deploys, Netlify's
 * deploy previews and branch deploys, and Cloudflare Pages' preview branches (every branch but
 * the production one: CF_PAGES_PRODUCTION_BRANCH, else main or master).
 */
export function siteEnvOf(env: Env = process.env): SiteEnv {
  if (env.SITE_ENV === 'preview' || env.VERCEL_ENV === 'preview') return 'preview'
  if (env.NETLIFY === 'true' && env.CONTEXT && env.CONTEXT !== 'production') return 'preview'
  if (env.CF_PAGES === '1' && env.CF_PAGES_BRANCH) {
    const production = env.CF_PAGES_PRODUCTION_BRANCH ? [env.CF_PAGES_PRODUCTION_BRANCH] : ['main', 'master']
    if (!production.includes(env.CF_PAGES_BRANCH)) return 'preview'
  }
  return 'production'
}

export interface SiteAddress {
  /** The origin, no trailing slash; undefined when nothing names one. */
  origin: string | undefined
  /** Where it came from, for the build's report. */
  from: string
}

const origin = (url: string) => {
  const withScheme = /^https?:\/\//.test(url) ? url : `https://${url}`
  return withScheme.replace(/\/+$/, '')
}

/**
 * The site's address. SITE_URL wins; then the deploy host's own variables (a preview is served
 * at its own address, production at the host's production address); then the author's
 * `siteUrl` in content/profile/index.mdx. Never a localhost default.
 */
export function siteAddressOf(contentUrl: string | undefined, env: Env = process.env): SiteAddress {
  if (env.SITE_URL) return { origin: origin(env.SITE_URL), from: 'SITE_URL' }
  const preview = siteEnvOf(env) === 'preview'
  const hosts: [string, string | undefined][] = preview
    ? [
        ['VERCEL_BRANCH_URL', env.VERCEL_BRANCH_URL],
        ['VERCEL_URL', env.VERCEL_URL],
        ['DEPLOY_PRIME_URL', env.NETLIFY === 'true' ? env.DEPLOY_PRIME_URL : undefined],
        ['CF_PAGES_URL', env.CF_PAGES === '1' ? env.CF_PAGES_URL : undefined],
      ]
    : [
        ['VERCEL_PROJECT_PRODUCTION_URL', env.VERCEL_PROJECT_PRODUCTION_URL],
        ['URL', env.NETLIFY === 'true' ? env.URL : undefined],
      ]
  for (const [name, value] of hosts) if (value) return { origin: origin(value), from: name }
  if (contentUrl) return { origin: origin(contentUrl), from: 'siteUrl in content/profile/index.mdx' }
  return { origin: undefined, from: 'nothing' }
}

/** What a build without an address says, loudly, once. */
export const NO_ADDRESS_WARNING = [
  'No site address: canonical links, OpenGraph URLs, the sitemap and the feed need one.',
  'Set siteUrl in content/profile/index.mdx (e.g. siteUrl: "https://name.github.io"), or SITE_URL for one build.',
  'This build writes root-relative URLs, an empty sitemap and a feed without entries.',
].join('\n  ')

/** Drafts (a post's `draft: true`) show in `npm run dev` only: never in a build, its feed, sitemap or search index. */
export function showsDrafts(env: Env = process.env): boolean {
  return env.NODE_ENV === 'development'
}

/** Whether a document is part of this build: everything but a draft outside `npm run dev`. */
export function isPublished(doc: object, env: Env = process.env): boolean {
  return !('draft' in doc && doc.draft === true) || showsDrafts(env)
}
