// Queries over the generated content: every sort, filter and grouping the pages use lives here.
import { plainMath } from './model/math'
import { DOCUMENT_TYPES, ownPage } from './model/schema'
import { newestPublicationFirst } from './format'
import {
  allActivities,
  allAwards,
  allExperiences,
  allNews,
  allPages,
  allPosts,
  allProjects,
  allPublications,
  allTalks,
  allTeachings,
  profile,
  type Experience,
  type IdentityLink,
  type News,
  type Page,
  type Post,
  type Project,
  type Publication,
  type Talk,
  type Teaching,
} from 'contentlayer/generated'

import type { CslItem } from '@citation-js/core'
import { citationKeys, toCsl } from './citation'
import { absoluteUrl } from './site'
import { isPublished } from './env'
import { plainText } from './plain-text'
import type { ResolvedPlace } from './model/places'

export { profile }

const byText = (a: string, b: string) => a.localeCompare(b, 'en')

/** Newest first (a paper without a month stands at the middle of its year), then title. */
export function publications(): Publication[] {
  return [...allPublications].sort(newestPublicationFirst)
}

/** Items already in order, grouped by consecutive year. */
function byYear<T>(items: T[], yearOf: (item: T) => number): { year: number; items: T[] }[] {
  const groups: { year: number; items: T[] }[] = []
  for (const item of items) {
    const last = groups.at(-1)
    if (last?.year === yearOf(item)) last.items.push(item)
    else groups.push({ year: yearOf(item), items: [item] })
  }
  return groups
}

export function publicationsByYear(): { year: number; items: Publication[] }[] {
  return byYear(publications(), (p) => p.year)
}

export function selectedPublications(): Publication[] {
  return publications().filter((p) => p.selected)
}

export function publicationBySlug(slug: string): Publication | undefined {
  return allPublications.find((p) => p.slug === slug)
}

const ownerNames = new Set([profile.name, ...profile.nameVariants])

/** The profile's links with its email first (the one place a visitor learns how to write). */
export function profileLinks(): Pick<IdentityLink, 'kind' | 'url'>[] {
  const email = profile.email && `mailto:${profile.email}`
  const first = email && !profile.links.some((l) => l.url === email) ? [{ kind: 'email' as const, url: email }] : []
  return [...first, ...profile.links]
}

/** A way to be reached as a link: the profile's email, else an email among its links. */
export function contactHref(): string | undefined {
  return profileLinks().find((l) => l.kind === 'email')?.url
}

export function isOwner(name: string): boolean {
  return ownerNames.has(name)
}

/** Ongoing first, then by start date, newest first. */
export function experiences(kind?: Experience['kind']): Experience[] {
  return allExperiences
    .filter((e) => kind === undefined || e.kind === kind)
    .sort((a, b) => Number(b.end === undefined) - Number(a.end === undefined) || byText(b.start, a.start))
}

const TERM_ORDER: Record<Teaching['term'], number> = { spring: 0, summer: 1, fall: 2, winter: 3 }

export function teachings(): Teaching[] {
  return [...allTeachings].sort(
    (a, b) =>
      b.year - a.year ||
      TERM_ORDER[b.term] - TERM_ORDER[a.term] ||
      byText(a.courseCode ?? a.courseTitle, b.courseCode ?? b.courseTitle),
  )
}

/** Papers named by slug, in the order given (the content check makes sure each exists). */
const papersNamed = (slugs: string[]): Publication[] => slugs.flatMap((slug) => publicationBySlug(slug) ?? [])

/** A project's related papers, in the order it names them. */
export function projectPapers(p: Project): Publication[] {
  return papersNamed(p.papers)
}

/**
 * A section's pages while it has no entries: Next's export needs at least one page for a dynamic
 * route, so it gets this one, which renders not-found and which the build then removes with the
 * rest of the empty section (scripts/pipeline/drop-empty-sections.ts).
 */
export const EMPTY_SECTION = '_'

/** The document a dynamic route's `[slug]` names, from its params (a Promise since Next 15). */
export async function docOfParams<T extends { slug: string }>(
  params: Promise<{ slug: string }>,
  docs: readonly T[],
): Promise<T | undefined> {
  const { slug } = await params
  return docs.find((d) => d.slug === slug)
}

export function slugParams(docs: { slug: string }[]): { slug: string }[] {
  return docs.length > 0 ? docs.map((d) => ({ slug: d.slug })) : [{ slug: EMPTY_SECTION }]
}

/** Newest first; on one day, by title. Dates are ISO strings, so text order is time order. */
export function talks(): Talk[] {
  return [...allTalks].sort((a, b) => byText(b.date, a.date) || byText(a.title, b.title))
}

export function talksByYear(): { year: number; items: Talk[] }[] {
  return byYear(talks(), (t) => Number(t.date.slice(0, 4)))
}

export function talkBySlug(slug: string): Talk | undefined {
  return allTalks.find((t) => t.slug === slug)
}

export function talkPapers(t: Talk): Publication[] {
  return papersNamed(t.papers)
}

/** The place a talk was given, as contentlayer.config.ts resolved it (undefined: online only). */
export function talkLocation(t: Talk): ResolvedPlace | undefined {
  const l: unknown = t.location
  if (l === null || l === undefined) return undefined
  if (typeof l !== 'object' || !('lat' in l) || typeof l.lat !== 'number' || !('lon' in l) || typeof l.lon !== 'number')
    throw new Error(`content/${t._raw.sourceFilePath}: the generated location is not a place: ${JSON.stringify(l)}`)
  return l as ResolvedPlace
}

/** "Vienna, Austria" / "Cambridge, MA, United States" / "Online". */
export function placeLabel(t: Talk): string {
  const at = t.place ? [t.place.city, t.place.region, talkLocation(t)?.country ?? t.place.country] : []
  const where = at.filter(Boolean).join(', ')
  if (!where) return 'Online'
  return t.online ? `${where}, and online` : where
}

/** One marker: every talk given at one place (same city label and position). */
export interface TalkPlace {
  key: string
  label: string
  lat: number
  lon: number
  /** Newest first. */
  talks: Talk[]
}

export function talkPlaces(): TalkPlace[] {
  const places = new Map<string, TalkPlace>()
  for (const t of talks()) {
    const at = talkLocation(t)
    if (!at) continue
    const label = [at.city, at.region, at.country].filter(Boolean).join(', ')
    const key = `${label}@${at.lat.toFixed(3)},${at.lon.toFixed(3)}`
    const place = places.get(key)
    if (place) place.talks.push(t)
    else places.set(key, { key, label, lat: at.lat, lon: at.lon, talks: [t] })
  }
  return [...places.values()]
}

/** Newest first. */
export function news(): News[] {
  return [...allNews].sort((a, b) => byText(b.date, a.date) || byText(b.slug, a.slug))
}

/** What a news item points to: its talk or paper page. */
export function newsTarget(n: News): { href: string; label: string } | undefined {
  const talk = n.talk ? talkBySlug(n.talk) : undefined
  if (talk) return { href: talk.url, label: plainMath(talk.title) }
  const paper = n.paper ? publicationBySlug(n.paper) : undefined
  if (paper) return { href: paper.url, label: plainMath(paper.title) }
  return undefined
}

export function projects() {
  return [...allProjects].sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || byText(a.name, b.name))
}

const PROJECT = DOCUMENT_TYPES.find((t) => t.name === 'Project')

/** A project's own page, when it has a body to show there. */
export function projectPage(p: Project): `/${string}/` | undefined {
  return ownPage(PROJECT, p.slug, p.body.raw)
}

/** The projects that have a page of their own. */
export function projectsWithPages(): Project[] {
  return projects().filter((p) => projectPage(p))
}

/** Where a project's name leads: its page, else its repository, else its site. */
export function projectHref(p: Project): string | undefined {
  return projectPage(p) ?? p.repository ?? p.website
}

/** Projects under their categories, in the order each category first appears; one group without a name when none has one. */
export function projectsByCategory(): { category?: string; items: Project[] }[] {
  const groups: { category?: string; items: Project[] }[] = []
  for (const p of projects()) {
    const group = groups.find((g) => g.category === p.category)
    if (group) group.items.push(p)
    else groups.push({ category: p.category, items: [p] })
  }
  return groups
}

export function awards() {
  return [...allAwards].sort((a, b) => b.year - a.year || byText(a.title, b.title) || byText(a.issuer, b.issuer))
}

export function activities() {
  return [...allActivities].sort((a, b) => byText(a.organisation, b.organisation) || byText(a.role, b.role))
}

const keys = citationKeys(allPublications)

/** The paper's citation data: its BibTeX key and CSL-JSON item. */
export function citation(p: Publication): { key: string; csl: CslItem } {
  const key = keys.get(p.slug) ?? p.slug
  return { key, csl: toCsl(p, key, absoluteUrl(p.url)) }
}

/** The free-form pages (content/pages/), by title; drafts only in `npm run dev`. */
export function pages(): Page[] {
  return allPages.filter((p) => isPublished(p)).sort((a, b) => byText(a.title, b.title) || byText(a.slug, b.slug))
}

/** Newest first, drafts only in `npm run dev`. */
export function posts(): Post[] {
  return allPosts.filter((p) => isPublished(p)).sort((a, b) => byText(b.date, a.date) || byText(a.title, b.title))
}

export function postBySlug(slug: string): Post | undefined {
  return posts().find((p) => p.slug === slug)
}

/** The posts before and after one, in time: `newer` and `older`. */
export function postNeighbours(p: Post): { newer?: Post; older?: Post } {
  const all = posts()
  const i = all.findIndex((o) => o.slug === p.slug)
  return { newer: i > 0 ? all[i - 1] : undefined, older: all[i + 1] }
}

/** Minutes to read, at 220 words a minute (code and formulas counted as words), at least one. */
export function readingMinutes(p: Post): number {
  const words = plainText(p.body.raw).split(/\s+/).filter(Boolean).length
  return Math.max(1, Math.round(words / 220))
}
