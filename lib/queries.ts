// Queries over the generated content: every sort, filter and grouping the pages use lives here.
import {
  allActivities,
  allAwards,
  allExperiences,
  allProjects,
  allPublications,
  allTeachings,
  profile,
  type Experience,
  type Project,
  type Publication,
  type Teaching,
} from 'contentlayer/generated'

import type { CslItem } from '@citation-js/core'
import { citationKeys, toCsl } from './citation'
import { absoluteUrl } from './site'

export { profile }

const byText = (a: string, b: string) => a.localeCompare(b, 'en')

/** Newest first: year, then month (a paper without a month sorts after dated ones of its year), then title. */
export function publications(): Publication[] {
  return [...allPublications].sort(
    (a, b) => b.year - a.year || (b.month ?? 0) - (a.month ?? 0) || byText(a.title, b.title),
  )
}

export function publicationsByYear(): { year: number; items: Publication[] }[] {
  const groups: { year: number; items: Publication[] }[] = []
  for (const p of publications()) {
    const last = groups.at(-1)
    if (last?.year === p.year) last.items.push(p)
    else groups.push({ year: p.year, items: [p] })
  }
  return groups
}

export function selectedPublications(): Publication[] {
  return publications().filter((p) => p.selected)
}

export function publicationBySlug(slug: string): Publication | undefined {
  return allPublications.find((p) => p.slug === slug)
}

const ownerNames = new Set([profile.name, ...profile.nameVariants])

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
    (a, b) => b.year - a.year || TERM_ORDER[b.term] - TERM_ORDER[a.term] || byText(a.courseCode, b.courseCode),
  )
}

/** A project's related papers, in the order it names them (the content check makes sure each exists). */
export function projectPapers(p: Project): Publication[] {
  return p.papers.flatMap((slug) => allPublications.find((paper) => paper.slug === slug) ?? [])
}

export function projects() {
  return [...allProjects].sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || byText(a.name, b.name))
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
