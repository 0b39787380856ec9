// Turning content into words for the page: dates, terms, venue and status labels, paper links, identity labels.
import type { IdentityLink, Publication, Talk, Teaching } from 'contentlayer/generated'
import type { PaperLinkKey } from './model/schema'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

/** "2024-11-01T00:00:00.000Z" -> { label: "Nov 2024", iso: "2024-11" } (month precision, UTC). */
export function yearMonth(isoDate: string): { label: string; iso: string } {
  const [year, month] = isoDate.slice(0, 7).split('-')
  return { label: `${MONTHS[Number(month) - 1]} ${year}`, iso: `${year}-${month}` }
}

/** "2025-07-31T00:00:00.000Z" -> { label: "31 Jul 2025", iso: "2025-07-31" } (UTC). */
export function dayLabel(isoDate: string): { label: string; iso: string } {
  const [year, month, day] = isoDate.slice(0, 10).split('-')
  return { label: `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`, iso: `${year}-${month}-${day}` }
}

/**
 * Where a paper stands in time, in months (a month at its middle): a paper known only by its year stands at the middle of
 * that year, so it is never more than six months out of place (never after the year's January
 * papers, never before its December ones).
 */
export function publicationMonths(p: Pick<Publication, 'year' | 'month'>): number {
  return p.year * 12 + (p.month === undefined ? 6 : p.month - 0.5)
}

/** Newest first, then by title. */
export function newestPublicationFirst(
  a: Pick<Publication, 'year' | 'month' | 'title'>,
  b: Pick<Publication, 'year' | 'month' | 'title'>,
): number {
  return publicationMonths(b) - publicationMonths(a) || a.title.localeCompare(b.title, 'en')
}

export function publicationDate(p: Pick<Publication, 'year' | 'month'>): { label: string; iso: string } {
  if (p.month === undefined) return { label: String(p.year), iso: String(p.year) }
  const mm = String(p.month).padStart(2, '0')
  return { label: `${MONTHS[p.month - 1]} ${p.year}`, iso: `${p.year}-${mm}` }
}

export function termLabel(t: Pick<Teaching, 'term' | 'year'>): string {
  return `${t.term[0]?.toUpperCase()}${t.term.slice(1)} ${t.year}`
}

const TALK_KIND_LABEL: Record<Talk['kind'], string> = {
  talk: 'Talk',
  'invited-talk': 'Invited talk',
  keynote: 'Keynote',
  tutorial: 'Tutorial',
  poster: 'Poster',
  lecture: 'Lecture',
  seminar: 'Seminar',
  panel: 'Panel',
}

export function talkKindLabel(kind: Talk['kind']): string {
  return TALK_KIND_LABEL[kind]
}

/** A talk's links in a fixed order: slides, video, poster, then its page on the event site. */
export function talkLinks(t: Pick<Talk, 'links'>): { label: string; href: string }[] {
  const l = t.links
  if (!l) return []
  return [
    { label: 'Slides', href: l.slides },
    { label: 'Video', href: l.video },
    { label: 'Poster', href: l.poster },
    { label: 'Event page', href: l.event },
  ].filter((x): x is { label: string; href: string } => x.href !== undefined)
}

const STATUS_LABEL: Record<Publication['status'], string> = {
  published: 'Published',
  accepted: 'Accepted',
  'under-review': 'Under review',
  preprint: 'Preprint',
}

/** The short line a list shows for where a paper stands: its venue once it has one, else its status. */
export function venueLabel(p: Pick<Publication, 'status' | 'venue' | 'links'>): string {
  if (p.venue && (p.status === 'published' || p.status === 'accepted')) {
    const name = p.venue.short ?? p.venue.name
    return p.status === 'accepted' ? `${name} (accepted)` : name
  }
  if (p.status === 'preprint' && p.links?.arxiv) return 'arXiv preprint'
  return STATUS_LABEL[p.status]
}

const VENUE_PHRASE: Record<NonNullable<Publication['venue']>['kind'], string> = {
  conference: 'A paper at',
  workshop: 'A workshop paper at',
  journal: 'An article in',
  thesis: 'A thesis at',
  report: 'A report of',
  book: 'A book published by',
}

/**
 * What a paper page is, for its meta description where the paper has no abstract: "An arXiv
 * preprint (Feb 2025) by A, B, C and 17 co-authors.": a description, never passed off as an abstract.
 */
export function paperDescription(
  p: Pick<Publication, 'status' | 'venue' | 'links' | 'authors' | 'year' | 'month'>,
): string {
  const when = publicationDate(p).label
  const what = p.venue
    ? `${VENUE_PHRASE[p.venue.kind]} ${p.venue.name}${p.status === 'accepted' ? ' (accepted)' : ''}`
    : p.status === 'under-review'
      ? 'A manuscript under review'
      : p.links?.arxiv
        ? 'An arXiv preprint'
        : 'A preprint'
  const names = p.authors.map((a) => a.name)
  const by =
    names.length <= 3
      ? names.length > 1
        ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
        : (names[0] ?? '')
      : `${names.slice(0, 3).join(', ')} and ${names.length - 3} co-author${names.length === 4 ? '' : 's'}`
  return `${what} (${when}) by ${by}.`
}

/** "vol. 47, no. 10, pp. 777–780": where in its venue a paper is, when the record says. */
export function publishedIn(p: Pick<Publication, 'volume' | 'issue' | 'pages'>): string | undefined {
  const parts = [
    p.volume && `vol. ${p.volume}`,
    p.issue && `no. ${p.issue}`,
    p.pages && (/[-–]/.test(p.pages) ? `pp. ${p.pages.replace(/\s*-+\s*/g, '–')}` : `p. ${p.pages}`),
  ].filter(Boolean)
  return parts.length > 0 ? parts.join(', ') : undefined
}

export function statusLabel(status: Publication['status']): string {
  return STATUS_LABEL[status]
}

export interface PaperLink {
  kind: PaperLinkKey
  label: string
  href: string
}

export function paperLinks(p: Pick<Publication, 'links'>): PaperLink[] {
  const l = p.links
  if (!l) return []
  const out: PaperLink[] = []
  if (l.arxiv) out.push({ kind: 'arxiv', label: 'arXiv', href: `https://arxiv.org/abs/${l.arxiv}` })
  if (l.openreview)
    out.push({ kind: 'openreview', label: 'OpenReview', href: `https://openreview.net/forum?id=${l.openreview}` })
  if (l.doi) out.push({ kind: 'doi', label: 'DOI', href: `https://doi.org/${l.doi}` })
  if (l.pdf) out.push({ kind: 'pdf', label: 'PDF', href: l.pdf })
  if (l.code) out.push({ kind: 'code', label: 'Code', href: l.code })
  if (l.slides) out.push({ kind: 'slides', label: 'Slides', href: l.slides })
  if (l.poster) out.push({ kind: 'poster', label: 'Poster', href: l.poster })
  if (l.video) out.push({ kind: 'video', label: 'Video', href: l.video })
  if (l.project) out.push({ kind: 'project', label: 'Project page', href: l.project })
  return out
}

export function isExternal(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')
}

/** Class names joined, falsy ones dropped. */
export function cn(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(' ')
}

const IDENTITY_LABEL: Record<IdentityLink['kind'], string> = {
  'google-scholar': 'Google Scholar',
  orcid: 'ORCID',
  github: 'GitHub',
  dblp: 'DBLP',
  'semantic-scholar': 'Semantic Scholar',
  openalex: 'OpenAlex',
  linkedin: 'LinkedIn',
  x: 'X',
  email: 'Email',
  website: 'Website',
  researchgate: 'ResearchGate',
  arxiv: 'arXiv',
  'inspire-hep': 'INSPIRE-HEP',
  scopus: 'Scopus',
  'web-of-science': 'Web of Science',
  acm: 'ACM Digital Library',
  ieee: 'IEEE Xplore',
  hal: 'HAL',
  osf: 'OSF',
  zotero: 'Zotero',
  wikidata: 'Wikidata',
  wikipedia: 'Wikipedia',
  gitlab: 'GitLab',
  bitbucket: 'Bitbucket',
  stackoverflow: 'Stack Overflow',
  kaggle: 'Kaggle',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  youtube: 'YouTube',
  medium: 'Medium',
}

/** A link's word: its label, else its service's name. */
export function identityLabel(l: Pick<IdentityLink, 'kind'> & { label?: string }): string {
  return l.label ?? IDENTITY_LABEL[l.kind]
}

/** What a link of the profile shows: an email link its address (to read or copy), any other its word. */
export function profileLinkText(l: Pick<IdentityLink, 'kind' | 'url'> & { label?: string }): string {
  return l.url.startsWith('mailto:') ? l.url.slice('mailto:'.length) : identityLabel(l)
}
