// The one typed site config: title, address, base path, navigation. Pages, metadata, the
// sitemap, the feed and JSON-LD read it; lib/env.ts reads the environment behind it.
import { allNews, allPosts, allProjects, allTalks, allTeachings, profile } from 'contentlayer/generated'
import { basePathOf, isPublished, siteAddressOf, siteEnvOf, type SiteEnv } from './env'

export interface NavItem {
  href: `/${string}`
  label: string
}

export interface SiteConfig {
  /** Canonical origin, no trailing slash; undefined when nothing names one (see lib/env.ts). */
  url: string | undefined
  /** Sub-path the site is served under (GitHub Pages project sites), '' at the root. */
  basePath: string
  title: string
  description: string
  locale: string
  /** A preview build is never indexed: noindex on every page, robots.txt disallows all, a banner. */
  env: SiteEnv
  nav: readonly NavItem[]
}

const address = siteAddressOf(profile.siteUrl)

/** "PhD Student, Department of Computing, The Hong Kong Polytechnic University": the parts the profile has. */
export function affiliation({ short = false } = {}): string {
  const place = short ? (profile.university?.shortName ?? profile.university?.name) : profile.university?.name
  return [profile.position, profile.department, place].filter(Boolean).join(', ')
}

const displayName = profile.alternateName ? `${profile.name} (${profile.alternateName})` : profile.name

export const site = {
  url: address.origin,
  basePath: basePathOf(),
  title: displayName,
  description: `${displayName}${affiliation() ? `: ${affiliation()}` : ''}.${
    profile.focus ? ` Research: ${profile.focus}.` : ''
  }`,
  locale: 'en',
  env: siteEnvOf(),
  nav: [
    { href: '/', label: 'About' },
    { href: '/publications/', label: 'Publications' },
    // Sections that appear once the author adds an entry (schema's `optional`).
    ...(allTalks.length > 0 ? [{ href: '/talks/', label: 'Talks' } as const] : []),
    ...(allPosts.some((p) => isPublished(p)) ? [{ href: '/posts/', label: 'Posts' } as const] : []),
    ...(allNews.length > 0 ? [{ href: '/news/', label: 'News' } as const] : []),
    { href: '/experience/', label: 'Experience' },
    ...(allTeachings.length > 0 ? [{ href: '/teaching/', label: 'Teaching' } as const] : []),
    ...(allProjects.length > 0 ? [{ href: '/projects/', label: 'Projects' } as const] : []),
    { href: '/awards/', label: 'Awards' },
    { href: '/cv/', label: 'CV' },
  ],
} satisfies SiteConfig

/** The site search: a page of its own, reached from the header's search icon rather than the navigation. */
export const SEARCH_PAGE = { href: '/search/', label: 'Search' } as const satisfies NavItem

/**
 * The absolute URL of a site path, base path included: what canonical, OG and JSON-LD URLs use.
 * Root-relative while the site has no address (the build warns).
 */
export function absoluteUrl(path: string): string {
  return `${site.url ?? ''}${site.basePath}${path}`
}

/** The feed's title names what it carries: "Name: publications, talks and news". */
export const feedTitle = `${site.title}: ${[
  'publications',
  ...(allTalks.length > 0 ? ['talks'] : []),
  ...(allPosts.some((p) => isPublished(p)) ? ['posts'] : []),
  ...(allNews.length > 0 ? ['news'] : []),
]
  .join(', ')
  .replace(/, ([^,]+)$/, ' and $1')}`
