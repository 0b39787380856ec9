import { profile } from 'contentlayer/generated'

export interface NavItem {
  href: `/${string}`
  label: string
}

export type SiteEnv = 'production' | 'preview'

export interface SiteConfig {
  /** Canonical origin, no trailing slash. */
  url: string
  /** Sub-path the site is served under (GitHub Pages project sites), '' at the root. */
  basePath: string
  title: string
  description: string
  locale: string
  /** A preview build is never indexed: noindex on every page, robots.txt disallows all, a banner. */
  env: SiteEnv
  nav: readonly NavItem[]
}

const basePath = process.env.BASE_PATH?.replace(/\/+$/, '') ?? ''

function siteOrigin(): string {
  const explicit = process.env.SITE_URL
  if (explicit) return explicit.replace(/\/+$/, '')
  const vercel = process.env.VERCEL_PROJECT_PRODUCTION_URL
  if (vercel) return `https://${vercel}`
  return 'http://localhost:3000'
}

const displayName = profile.alternateName ? `${profile.name} (${profile.alternateName})` : profile.name

export const site = {
  url: siteOrigin(),
  basePath,
  title: displayName,
  description: `${displayName}: ${profile.position}, ${profile.department}, ${profile.university.name}.${
    profile.focus ? ` Research: ${profile.focus}.` : ''
  }`,
  locale: 'en',
  env: process.env.SITE_ENV === 'preview' || process.env.VERCEL_ENV === 'preview' ? 'preview' : 'production',
  nav: [
    { href: '/', label: 'About' },
    { href: '/publications/', label: 'Publications' },
    { href: '/experience/', label: 'Experience' },
    { href: '/teaching/', label: 'Teaching' },
    { href: '/projects/', label: 'Projects' },
    { href: '/awards/', label: 'Awards' },
    { href: '/cv/', label: 'CV' },
  ],
} satisfies SiteConfig

/** The absolute URL of a site path, base path included: what canonical, OG and JSON-LD URLs use. */
export function absoluteUrl(path: string): string {
  return `${site.url}${site.basePath}${path}`
}
