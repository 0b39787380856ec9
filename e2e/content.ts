// What the tests expect comes from the content itself: the typed documents Contentlayer
// generated from content/ (not the app's own lib/ queries).
import * as generated from 'contentlayer/generated'
import type { Page } from '@playwright/test'
import { SEARCH_PAGE, site } from '../lib/site'
import { DOCUMENT_TYPES } from '../lib/model/schema'

export const {
  profile,
  allPublications: publications,
  allExperiences: experiences,
  allTeachings: teachings,
  allProjects: projects,
  allAwards: awards,
  allActivities: activities,
  allTalks: talks,
  allNews: news,
  allPosts: posts,
  allDocuments,
} = generated

export const ownerNames = [profile.name, ...profile.nameVariants]

/** Every page of the site, the sections first. */
export const sectionRoutes = site.nav.map((item) => item.href)
/** Every page the sitemap lists: the sections and each document's own page (drafts are never built). */
export const sitemapRoutes = [
  ...sectionRoutes,
  ...publications.map((p) => p.url),
  ...talks.map((t) => t.url),
  ...posts.filter((p) => !p.draft).map((p) => p.url),
]
/** Every page of the site: those, and the search page. */
export const routes = [...sitemapRoutes, SEARCH_PAGE.href]

/** Old addresses (each document's redirectFrom) and where they lead: the document's page, or its section's. */
export const redirects = allDocuments.flatMap((doc) =>
  doc.redirectFrom.map((from) => ({
    from,
    to:
      ('url' in doc && typeof doc.url === 'string' ? doc.url : undefined) ??
      DOCUMENT_TYPES.find((t) => t.name === doc.type)?.page ??
      '/',
  })),
)

/** Text as the page shows it: whitespace collapsed. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Waits for the enhancement script, which loads after the page (lib/theme-script.ts). */
export async function enhanced(page: Page): Promise<void> {
  await page.locator('html[data-enhanced]').waitFor({ state: 'attached' })
}
