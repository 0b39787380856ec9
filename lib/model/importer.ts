// Turns BibTeX (Google Scholar, DBLP, arXiv, Zotero) or an Academic Pages publications.tsv into
// publication front matter, matches it against the papers already on the site and merges.
// Parsing is citation-js (BibTeX, LaTeX accents) and csv-parse (TSV); this file only maps fields.
import { Cite, plugins, type CslItem, type CslName } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import { parse as parseTsv } from 'csv-parse/sync'
import type { PaperLinkKey, PublicationStatus, VenueKind } from './schema'
import { asciiWord, slug } from './slug'

/** Publication front matter as the importer writes it (types from the schema in ./schema.ts). */
export interface PaperData {
  title: string
  authors: { name: string; equal?: boolean; corresponding?: boolean }[]
  status: PublicationStatus
  venue?: { name: string; short?: string; kind: VenueKind }
  year: number
  month?: number
  links?: Partial<Record<PaperLinkKey, string>>
  abstract?: string
  tags?: string[]
  selected?: boolean
}

export type Parsed = { source: string; data: PaperData } | { source: string; error: string }

export interface Owner {
  name: string
  nameVariants: string[]
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

// ---------------------------------------------------------------------------- BibTeX

interface RawEntry {
  type: string
  label: string
  properties: Record<string, string | number>
}

/** citation-js's BibTeX entries, checked: each has a type, a label and its fields. */
function rawEntries(value: unknown): RawEntry[] {
  const list: unknown[] = Array.isArray(value) ? value : []
  return list.map((v, i) => {
    const e = isRecord(v) ? v : {}
    const properties = isRecord(e.properties) ? e.properties : undefined
    if (typeof e.type !== 'string' || typeof e.label !== 'string' || !properties)
      throw new Error(`BibTeX entry ${i + 1}: citation-js returned no type, key or fields`)
    const fields = Object.entries(properties).flatMap(([k, x]) =>
      typeof x === 'string' || typeof x === 'number' ? [[k, x] as const] : [],
    )
    return { type: e.type, label: e.label, properties: Object.fromEntries(fields) }
  })
}

export function parseBibtex(text: string, owner: Owner): Parsed[] {
  const raw = plugins.input.chain(text, { target: '@biblatex/entries+list', generateGraph: false })
  const entries = rawEntries(raw)
  const csl = new Cite(text, { generateGraph: false }).data
  return entries.map((entry) => {
    const item = csl.find((c) => c['citation-key'] === entry.label || c.id === entry.label)
    const source = `@${entry.type}{${entry.label}}`
    if (!item) return { source, error: 'citation-js could not read this entry' }
    return fromBibtex(entry, item, owner, source)
  })
}

function fromBibtex(entry: RawEntry, item: CslItem, owner: Owner, source: string): Parsed {
  const p = lowerKeys(entry.properties)
  const title = clean(item.title)
  if (!title) return { source, error: 'no title' }
  const [year, month] = dateParts(item, p)
  if (!year) return { source, error: 'no year (add year = {…} to the entry)' }
  const authors = (item.author ?? []).map((a) => author(a, owner))
  if (authors.length === 0) return { source, error: 'no authors' }

  const links: NonNullable<PaperData['links']> = {}
  const arxiv = arxivId(p, item)
  if (arxiv) links.arxiv = arxiv
  const doi = typeof item.DOI === 'string' ? item.DOI.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '') : undefined
  if (doi && !/^10\.48550\/arxiv\./i.test(doi)) links.doi = doi
  const url = typeof item.URL === 'string' ? item.URL : typeof p.url === 'string' ? p.url : undefined
  addUrl(links, url)
  if (typeof p.pdf === 'string') links.pdf = p.pdf
  if (typeof p.code === 'string') links.code = p.code

  const note = `${str(p.note)} ${str(p.pubstate)}`.toLowerCase()
  const container =
    clean(typeof item['container-title'] === 'string' ? item['container-title'] : '') ||
    str(p.booktitle) ||
    str(p.journal)
  let status: PaperData['status'] = 'published'
  let venue: PaperData['venue']
  const type = entry.type.toLowerCase()
  if (type === 'phdthesis' || type === 'mastersthesis' || type === 'thesis') {
    const school = str(p.school) || str(p.institution) || str(item.publisher)
    if (school) venue = { name: clean(school), kind: 'thesis' }
  } else if (type === 'techreport' || type === 'report') {
    const inst = str(p.institution) || str(item.publisher)
    if (inst && !/arxiv/i.test(inst)) venue = { name: clean(inst), kind: 'report' }
  } else if (container && !/arxiv|corr\b|preprint|biorxiv|ssrn/i.test(container)) {
    const kind = type === 'article' ? 'journal' : /workshop/i.test(container) ? 'workshop' : 'conference'
    venue = { name: container, kind }
  }
  if (/under review|submitted|in review/.test(note)) status = 'under-review'
  else if (/accepted|to appear|in press|forthcoming/.test(note)) status = venue ? 'accepted' : 'under-review'
  else if (!venue) status = type === 'unpublished' ? 'under-review' : 'preprint'

  const data: PaperData = { title, authors, status, year }
  if (venue) data.venue = venue
  if (month) data.month = month
  if (Object.keys(links).length > 0) data.links = links
  const abstract = clean(typeof item.abstract === 'string' ? item.abstract : '', { keepPeriod: true })
  if (abstract) data.abstract = abstract
  const tags = (typeof item.keyword === 'string' ? item.keyword : str(p.keywords))
    .split(/[,;]/)
    .map((t) => t.trim().toLowerCase().replace(/\s+/g, '-'))
    .filter(Boolean)
  if (tags.length > 0) data.tags = tags
  return { source, data }
}

function arxivId(p: Record<string, string | number>, item: CslItem): string | undefined {
  const prefix = `${str(p.archiveprefix)} ${str(p.eprinttype)}`.toLowerCase()
  if (typeof p.eprint === 'string' && (prefix.includes('arxiv') || /^\d{4}\.\d{4,5}/.test(p.eprint)))
    return stripVersion(p.eprint.replace(/^arxiv:/i, ''))
  const haystack = [
    str(p.journal),
    str(item['container-title']),
    str(item.URL),
    str(p.url),
    str(item.DOI),
    str(p.volume),
  ].join(' ')
  const m =
    /arxiv(?:\.org\/(?:abs|pdf)\/|[:. ]\s*|\.)(\d{4}\.\d{4,5}(?:v\d+)?)/i.exec(haystack) ??
    /abs\/(\d{4}\.\d{4,5})/.exec(haystack)
  return m?.[1] ? stripVersion(m[1]) : undefined
}

export function stripVersion(id: string): string {
  return id.trim().replace(/v\d+$/, '')
}

function dateParts(item: CslItem, p: Record<string, string | number>): [number | undefined, number | undefined] {
  const parts = item.issued?.['date-parts']?.[0] ?? []
  const year = Number(parts[0] ?? p.year) || undefined
  let month = parts[1] === undefined ? undefined : Number(parts[1])
  if (month === undefined && p.month !== undefined) {
    const m = String(p.month).toLowerCase().slice(0, 3)
    month = MONTHS.includes(m) ? MONTHS.indexOf(m) + 1 : Number(p.month) || undefined
  }
  return [year, month && month >= 1 && month <= 12 ? month : undefined]
}

// ---------------------------------------------------------------------------- Academic Pages TSV

/** Academic Pages' markdown_generator/publications.tsv: pub_date, title, venue, excerpt, citation, url_slug, paper_url, … */
export function parseAcademicPagesTsv(text: string, owner: Owner): Parsed[] {
  const rows: Record<string, string>[] = parseTsv(text, {
    delimiter: '\t',
    columns: true,
    skip_empty_lines: true,
    relax_quotes: true,
    trim: true,
    bom: true,
  })
  return rows.map((row, i) => {
    const source = `row ${i + 2}${row.url_slug ? ` (${row.url_slug})` : ''}`
    const title = clean(row.title)
    if (!title) return { source, error: 'no title' }
    const date = /^(\d{4})(?:-(\d{2}))?/.exec(row.pub_date ?? '')
    if (!date) return { source, error: `pub_date "${row.pub_date ?? ''}" is not a date (YYYY-MM-DD)` }
    const names = citationAuthors(row.citation ?? '')
    if (names.length === 0)
      return { source, error: 'the citation column names no authors ("Last, F., & Other, G. (2020). …")' }
    const data: PaperData = {
      title,
      authors: names.map((n) => author(parseLooseName(n), owner)),
      status: 'published',
      year: Number(date[1]),
    }
    if (date[2]) data.month = Number(date[2])
    const venue = clean(row.venue)
    if (venue && !/arxiv|preprint/i.test(venue))
      data.venue = {
        name: venue,
        kind: /journal|transactions|letters/i.test(venue)
          ? 'journal'
          : /workshop/i.test(venue)
            ? 'workshop'
            : 'conference',
      }
    else data.status = 'preprint'
    const links: NonNullable<PaperData['links']> = {}
    addUrl(links, row.paper_url)
    if (row.slides_url) links.slides = row.slides_url
    if (Object.keys(links).length > 0) data.links = links
    const abstract = clean(row.excerpt, { keepPeriod: true })
    if (abstract) data.abstract = abstract
    return { source, data }
  })
}

/** "Li, Z., Su, Y., & Yang, H. (2025). Title." -> ["Li, Z.", "Su, Y.", "Yang, H."]; also "Zhen Li, Yupeng Su and H. Yang (2025)". */
function citationAuthors(citation: string): string[] {
  const head = citation.split(/\s*\(\d{4}[a-z]?\)/)[0] ?? ''
  const text = head.replace(/<[^>]+>/g, '').trim()
  if (!text) return []
  if (/,\s*[A-Z]\.(\s*[A-Z]\.)*\s*(,|&|and|$)/.test(text)) {
    // APA: "Family, G. G., Family, G., & Family, G."
    return [...text.matchAll(/([^,&]+?),\s*((?:[A-Z][a-z]?\.\s*-?)+)/g)].map(
      (m) => `${m[1]?.replace(/^\s*(&|and)\s+/, '').trim()}, ${m[2]?.trim()}`,
    )
  }
  return text
    .replace(/\.$/, '')
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map((s) => s.trim())
    .filter(Boolean)
}

export function parseLooseName(name: string): CslName {
  const comma = /^([^,]+),\s*(.+)$/.exec(name)
  if (comma) return { family: comma[1]?.trim(), given: comma[2]?.trim() }
  const parts = name.trim().split(/\s+/)
  return parts.length > 1 ? { given: parts.slice(0, -1).join(' '), family: parts.at(-1) } : { literal: name.trim() }
}

// ---------------------------------------------------------------------------- shared mapping

export function author(name: CslName, owner: Owner): PaperData['authors'][number] {
  let full = unicodeText(
    name.literal ??
      [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family, name.suffix]
        .filter(Boolean)
        .join(' '),
  )
  const equal = /\*$/.test(full) || /\*$/.test(name.family ?? '')
  full = full
    .replace(/\s*\*+\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const out: PaperData['authors'][number] = { name: isOwnerVariant(full, name, owner) ? owner.name : full }
  if (equal) out.equal = true
  return out
}

/** The owner under another spelling: a listed variant, or the same family name with the owner's given name or its initials. */
function isOwnerVariant(full: string, name: CslName, owner: Owner): boolean {
  if (full === owner.name || owner.nameVariants.includes(full)) return true
  const [ownerGiven, ownerFamily] = splitName(owner.name)
  const family = (name.family ?? '').replace(/\*/g, '').trim()
  const given = (name.given ?? '').replace(/\*/g, '').trim()
  if (!family || family.toLowerCase() !== ownerFamily.toLowerCase()) return false
  const initials = (s: string) =>
    s
      .split(/[\s.-]+/)
      .filter(Boolean)
      .map((w) => w[0]?.toUpperCase())
      .join('')
  const isInitials = /^([A-Z]\.?\s*-?)+$/.test(given)
  return given.toLowerCase() === ownerGiven.toLowerCase() || (isInitials && initials(given) === initials(ownerGiven))
}

function splitName(name: string): [string, string] {
  const parts = name.trim().split(/\s+/)
  return [parts.slice(0, -1).join(' '), parts.at(-1) ?? '']
}

function addUrl(links: NonNullable<PaperData['links']>, url: string | undefined) {
  if (!url || !/^https?:\/\//.test(url)) return
  const openreview = /openreview\.net\/(?:forum|pdf)\?id=([A-Za-z0-9_-]+)/.exec(url)
  const arxiv = /arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})/.exec(url)
  if (openreview?.[1]) links.openreview = openreview[1]
  else if (arxiv?.[1]) links.arxiv ??= arxiv[1]
  else if (/doi\.org\//.test(url)) links.doi ??= url.replace(/^https?:\/\/(dx\.)?doi\.org\//, '')
  else if (/\.pdf($|\?)/i.test(url)) links.pdf ??= url
  else links.project ??= url
}

function lowerKeys(props: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k.toLowerCase(), v]))
}

function str(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : ''
}

/** Decoded TeX as ordinary Unicode: {\'\i} gives a dotless i plus an accent, which should be í. */
function unicodeText(text: string): string {
  return text.replace(/\u0131(?=[\u0300-\u036f])/g, 'i').normalize('NFC')
}

/** Leftover TeX braces and whitespace out of a decoded string; a title's closing period too. */
export function clean(text: string | undefined, { keepPeriod = false } = {}): string {
  const out = unicodeText((text ?? '').replace(/[{}]/g, ''))
    .replace(/\s+/g, ' ')
    .trim()
  return keepPeriod ? out : out.replace(/\.$/, '')
}

// ---------------------------------------------------------------------------- matching and merging

/** Identities a paper is recognised by: arXiv id, DOI, OpenReview id, normalised title. */
export function identities(d: Pick<PaperData, 'title' | 'links'>): string[] {
  const ids = [`title:${normaliseTitle(d.title)}`]
  if (d.links?.arxiv) ids.push(`arxiv:${stripVersion(d.links.arxiv)}`)
  if (d.links?.doi) ids.push(`doi:${d.links.doi.toLowerCase()}`)
  if (d.links?.openreview) ids.push(`openreview:${d.links.openreview}`)
  return ids
}

export function normaliseTitle(title: string): string {
  return asciiWord(title)
}

/** The slug a new paper gets: its short name before a colon (InfiJanice: … -> infijanice), else its first words. */
export function slugFor(d: Pick<PaperData, 'title' | 'year'>, taken: Set<string>): string {
  const head = d.title.split(':')[0] ?? d.title
  const words = slug(d.title)
    .split('-')
    .filter((w) => w && !['a', 'an', 'the', 'of', 'on', 'for', 'to', 'in', 'and', 'with'].includes(w))
  let base = d.title.includes(':') && head.length <= 30 ? slug(head) : words.slice(0, 4).join('-')
  if (!base) base = `paper-${d.year}`
  let candidate = base
  if (taken.has(candidate)) candidate = `${base}-${d.year}`
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${d.year}-${n}`
  return candidate
}

/**
 * The imported record merged into the one on the site: imported values win, fields the import
 * does not carry are kept, and so are author flags and the author's own choices (selected, tags).
 */
export function merge(existing: Record<string, unknown>, imported: PaperData): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...existing }
  const existingAuthors = Array.isArray(existing.authors) ? existing.authors : []
  merged.authors = imported.authors.map((a) => {
    const before = existingAuthors.find(
      (e): e is Record<string, unknown> => typeof e === 'object' && e !== null && 'name' in e && e.name === a.name,
    )
    return { ...(before ?? {}), ...a }
  })
  merged.title = imported.title
  // Never a step back: an arXiv entry for a paper the site lists as published keeps venue and date.
  if ((STATUS_RANK[imported.status] ?? 0) >= (STATUS_RANK[String(existing.status)] ?? -1)) {
    merged.status = imported.status
    merged.year = imported.year
    if (imported.month !== undefined) merged.month = imported.month
    if (imported.venue) merged.venue = { ...(isRecord(existing.venue) ? existing.venue : {}), ...imported.venue }
  }
  if (imported.links) merged.links = { ...(isRecord(existing.links) ? existing.links : {}), ...imported.links }
  if (imported.abstract) merged.abstract = imported.abstract
  if (imported.tags && !Array.isArray(existing.tags)) merged.tags = imported.tags
  return merged
}

const STATUS_RANK: Record<string, number> = Object.fromEntries(
  ['preprint', 'under-review', 'accepted', 'published'].map((s, i) => [s, i]),
)

const FIELD_ORDER = ['title', 'authors', 'status', 'venue', 'year', 'month', 'links', 'abstract', 'tags', 'selected']

/** Front matter in the schema's field order (unknown keys last), so written files diff cleanly. */
export function ordered(data: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(data).sort((a, b) => (FIELD_ORDER.indexOf(a) + 1 || 99) - (FIELD_ORDER.indexOf(b) + 1 || 99))
  return Object.fromEntries(keys.filter((k) => data[k] !== undefined).map((k) => [k, data[k]]))
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
