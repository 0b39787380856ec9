// The one typed site config: title, address, base path, navigation. Pages, metadata, the
// sitemap, the feed and JSON-LD read it; lib/env.ts reads the environment behind it.
import { allDocuments, allNews, allPages, allPosts, allTalks, profile } from 'contentlayer/generated'
import { DOCUMENT_TYPES, type DocumentType } from './model/schema'
import { readSettingsData, SECTIONS, settingsFrom, type MenuEntry } from './model/settings'
import { basePathOf, isPublished, siteAddressOf, siteEnvOf, type SiteEnv } from './env'

export interface NavItem {
  /** A site path (/publications/) or, for a link the author adds to the menu, another address. */
  href: string
  label: string
}

export interface SiteConfig {
  /** Canonical origin, no trailing slash; undefined when nothing names one (see lib/env.ts). */
  url: string | undefined
  /** Sub-path the site is served under (GitHub Pages project sites), '' at the root. */
  basePath: string
  title: string
  description: string
  /** The pages' language (BCP 47), from data/site.yml. */
  locale: string
  /** The footer line, from data/site.yml; undefined: the default one (SiteFooter). */
  footer: string | undefined
  /** A preview build is never indexed: noindex on every page, robots.txt disallows all, a banner. */
  env: SiteEnv
  nav: readonly NavItem[]
  /** Every section page the site has (in the menu or not), with the menu's label for it: sitemap, OG cards. */
  sections: readonly NavItem[]
}

/** The author's settings (data/site.yml; the content check has refused anything wrong in it). */
const settings = settingsFrom(
  readSettingsData(process.cwd()),
  allPages.filter((p) => isPublished(p)).map(({ slug, title, menu }) => ({ slug, title, menu })),
)

/**
 * Whether a section's page has something to show: a type listed on it is not optional, or has a
 * published entry. An empty section has no page, no menu item, no sitemap entry (drop-empty-sections).
 */
export function pageHasEntries(page: string): boolean {
  return DOCUMENT_TYPES.filter((t) => t.page === page).some(typeHasEntries)
}

/** A type is shown when it is not optional or has a published entry. */
export function typeHasEntries(t: DocumentType): boolean {
  return !t.optional || allDocuments.some((d) => d.type === t.name && isPublished(d))
}

/** A menu item shows when it is a link, or a section that is not waiting for its first entry. */
const shown = ({ type }: Pick<MenuEntry, 'type'>) =>
  !type || (type.page ? pageHasEntries(type.page) : typeHasEntries(type))

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
  locale: settings.locale,
  footer: settings.footer,
  env: siteEnvOf(),
  // Site paths and other sites alike: SmartLink tells them apart.
  nav: settings.menu.filter(shown).map(({ href, label }) => ({ href, label })),
  sections: SECTIONS.filter(shown).map(({ href, label }) => ({
    href,
    label: settings.menu.find((m) => m.href === href)?.label ?? label,
  })),
} satisfies SiteConfig

/** Old addresses of the site that are no entry's (data/site.yml's redirects), each to a page of the site. */
export const settingsRedirects = settings.redirects

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
