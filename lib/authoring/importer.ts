// Turns BibTeX (Google Scholar, DBLP, arXiv, Zotero) or an Academic Pages publications.tsv into
// publication front matter, matches it against the papers already on the site and merges.
// Parsing is citation-js (BibTeX, LaTeX accents) and csv-parse (TSV); this file only maps fields.
import { Cite, plugins, type CslItem, type CslName } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import { parse as parseTsv } from 'csv-parse/sync'
import type { PaperLinkKey, PublicationStatus, VenueKind } from '../model/schema'
import { asciiWord, slug } from '../model/slug'
import { citationAuthors, parseAuthorList } from './author-list'

export { citationAuthors }

/** Publication front matter as the importer writes it (types from the schema in ./schema.ts). */
export interface PaperData {
  title: string
  authors: { name: string; url?: string; equal?: boolean; corresponding?: boolean }[]
  status: PublicationStatus
  venue?: { name: string; short?: string; kind: VenueKind }
  year: number
  month?: number
  links?: Partial<Record<PaperLinkKey, string>>
  abstract?: string
  tags?: string[]
  selected?: boolean
  volume?: string
  issue?: string
  pages?: string
  publisher?: string
  award?: string
  note?: string
  thumbnail?: string
  redirectFrom?: string[]
}

export interface Imported {
  source: string
  data: PaperData
  /** Fields of the source not carried over, each with the reason; and anything else worth a word. */
  notes?: string[]
  /** The spelling under which the owner was found in the author list. */
  ownerAs?: string
  /** The file name (slug) the source asks for, e.g. Academic Pages' url_slug. */
  slug?: string
}
export type Parsed = Imported | { source: string; error: string }

/**
 * Where the source's files are: a relative path (al-folio's `pdf = {paper.pdf}`) is a file of the
 * old site's folder for its kind, and becomes a site path under /files/ or /images/. URLs on the
 * old site's own address (`siteUrls`) become site paths too.
 */
export interface ImportOptions {
  siteUrls?: string[]
  /**
   * Every paper is the owner's (a migration of their own site): a paper whose source names no
   * authors gets the owner alone, with a note, instead of being refused.
   */
  ownerOwnsAll?: boolean
}

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

export function parseBibtex(text: string, owner: Owner, options: ImportOptions = {}): Parsed[] {
  // Jekyll-scholar's files open with an empty front matter block (---\n---), which is not BibTeX.
  text = text.replace(/^\uFEFF/, '').replace(/^---\r?\n(?:.*\r?\n)*?---\r?\n/, '')
  const raw = plugins.input.chain(text, { target: '@biblatex/entries+list', generateGraph: false })
  const entries = rawEntries(raw)
  const csl = new Cite(text, { generateGraph: false }).data
  return entries.map((entry) => {
    const item = csl.find((c) => c['citation-key'] === entry.label || c.id === entry.label)
    const source = `@${entry.type}{${entry.label}}`
    if (!item) return { source, error: 'citation-js could not read this entry' }
    return fromBibtex(entry, item, owner, source, options)
  })
}

/** BibTeX fields read by fromBibtex; any other field of an entry is reported as not carried over. */
const BIBTEX_READ = new Set(
  (
    'title author year month date journal journaltitle booktitle doi url eprint archiveprefix eprinttype primaryclass arxiv ' +
    'abstract keywords note pubstate school institution publisher organization volume number issue pages ' +
    'pdf code html website video poster slides abbr selected award award_name annotation additional_info preview'
  ).split(' '),
)
/** Fields that only drive another site's widgets: not carried, and said why. */
const BIBTEX_WIDGETS: Record<string, string> = {
  bibtex_show: 'every paper page shows its BibTeX',
  altmetric: 'no Altmetric badge here',
  dimensions: 'no Dimensions badge here',
  google_scholar_id: 'citation counts come from npm run metrics',
  inspirehep_id: 'no INSPIRE badge here',
}

function fromBibtex(entry: RawEntry, item: CslItem, owner: Owner, source: string, options: ImportOptions): Parsed {
  const p = lowerKeys(entry.properties)
  const notes: string[] = []
  const title = clean(item.title)
  if (!title) return { source, error: 'no title' }
  const [year, month] = dateParts(item, p)
  if (!year) return { source, error: 'no year (add year = {…} to the entry)' }
  const found = authorList(item.author ?? [], owner)
  if (found.authors.length === 0) return { source, error: 'no authors' }

  const links = bibtexLinks(p, item, options, notes)
  const { status, venue, publisher } = bibtexVenue(entry.type.toLowerCase(), p, item)

  const data: PaperData = { title, authors: found.authors, status, year }
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

  const abbr = clean(str(p.abbr), { keepPeriod: true })
  if (abbr && venue) venue.short = abbr
  else if (abbr) notes.push(`abbr = {${abbr}}: not carried (a badge names a venue, and this entry has none)`)
  if (/^(true|yes|1)$/i.test(str(p.selected).trim())) data.selected = true
  for (const [field, key] of [
    ['volume', 'volume'],
    ['number', 'issue'],
    ['issue', 'issue'],
    ['pages', 'pages'],
  ] as const) {
    const value = clean(str(p[field])).replace(/\s*-{1,3}\s*/g, '–')
    if (value) data[key] ??= value
  }
  if (publisher && venue?.kind !== 'book') data.publisher = publisher
  else if (!publisher && str(p.organization) && venue?.kind !== 'book') data.publisher = clean(str(p.organization))
  const award = clean(str(p.award_name) || str(p.award), { keepPeriod: true })
  if (award) data.award = award
  if (str(p.award_name) && str(p.award) && clean(str(p.award)) !== award)
    notes.push(`award = {${clean(str(p.award))}}: not carried (award_name "${award}" is shown)`)
  // al-folio's additional_info (Markdown, appended after the venue, so it often opens with ". ")
  // and annotation (HTML, the legend of the marks): one line of plain text.
  const extra = [str(p.additional_info), str(p.annotation)].map(plainLine).filter(Boolean)
  if (extra.length > 0) data.note = extra.join('; ')
  const preview = str(p.preview).trim()
  if (preview) data.thumbnail = sitePath(preview, '/images/publications/', options)
  if (found.missing) notes.push(found.missing)

  for (const field of Object.keys(p)) {
    if (BIBTEX_READ.has(field)) continue
    const why = BIBTEX_WIDGETS[field] ?? 'the site has no such field'
    notes.push(`${field}: not carried (${why})`)
  }
  return { source, data, ...(notes.length > 0 ? { notes } : {}), ...(found.ownerAs ? { ownerAs: found.ownerAs } : {}) }
}

/** A BibTeX entry's fields, keys lower-cased. */
type BibFields = Record<string, string | number>

/** A BibTeX entry's links: arXiv id, DOI, URL, and al-folio's link fields (a URL, or a file of its assets/pdf/). */
function bibtexLinks(
  p: BibFields,
  item: CslItem,
  options: ImportOptions,
  notes: string[],
): NonNullable<PaperData['links']> {
  const links: NonNullable<PaperData['links']> = {}
  const arxiv = arxivId(p, item)
  if (arxiv) links.arxiv = arxiv
  const doi = typeof item.DOI === 'string' ? item.DOI.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '') : undefined
  if (doi && !/^10\.48550\/arxiv\./i.test(doi)) links.doi = doi
  const url = typeof item.URL === 'string' ? item.URL : typeof p.url === 'string' ? p.url : undefined
  addUrl(links, url, options)
  // al-folio's link fields: a URL, or (pdf, slides, poster) a file of its assets/pdf/ folder.
  for (const [field, key] of [
    ['pdf', 'pdf'],
    ['code', 'code'],
    ['video', 'video'],
    ['poster', 'poster'],
    ['slides', 'slides'],
    ['html', 'project'],
    ['website', 'project'],
  ] as const) {
    const value = str(p[field]).trim()
    if (!value) continue
    const href = sitePath(value, '/files/', options)
    if ((field === 'html' || field === 'website') && !/^https?:/.test(href)) {
      notes.push(
        `${field} = {${value}}: not carried (a page of the old site, not a file; link it from the paper's body if it still matters)`,
      )
      continue
    }
    if (links[key] && links[key] !== href)
      notes.push(`${field} = {${value}}: not carried (the ${key} link is ${links[key]})`)
    else links[key] = href
  }

  return links
}

/** Where a BibTeX entry appeared, from its type and fields, and whether it is out yet. */
function bibtexVenue(
  type: string,
  p: BibFields,
  item: CslItem,
): { status: PaperData['status']; venue: PaperData['venue']; publisher: string } {
  const note = `${str(p.note)} ${str(p.pubstate)}`.toLowerCase()
  // A journal's abbreviation keeps its final period ("Phys. Rev.").
  const container = clean(
    (typeof item['container-title'] === 'string' ? item['container-title'] : '') || str(p.booktitle) || str(p.journal),
    { keepPeriod: true },
  )
  let status: PaperData['status'] = 'published'
  let venue: PaperData['venue']
  // A trailing comma, as al-folio's own @string{aps = {American Physical Society,}} has, is not part of the name.
  const publisher = clean(str(p.publisher) || str(item.publisher), { keepPeriod: true }).replace(/\s*[,;]$/, '')
  if (type === 'book' || type === 'inbook' || type === 'incollection') {
    if (type === 'book' && publisher) venue = { name: publisher, kind: 'book' }
    else if (container) venue = { name: container, kind: 'book' }
    else if (publisher) venue = { name: publisher, kind: 'book' }
  } else if (type === 'phdthesis' || type === 'mastersthesis' || type === 'thesis') {
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

  return { status, venue, publisher }
}

/** Markdown or HTML as one line of text: emphasis marks out, a link as its text and address. */
function plainLine(text: string): string {
  return clean(
    text
      .replace(/<br\s*\/?>/gi, '; ')
      .replace(/<[^>]+>/g, '')
      .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 ($2)')
      .replace(/\*\*|__|(?<![\w*])\*(?=\w)|(?<=\w)\*(?![\w*])/g, '')
      .replace(/^[\s.,;:]+/, ''),
    { keepPeriod: true },
  )
}

/**
 * A link or file as a site path: URLs stay (those on the old site's own address become paths),
 * absolute paths stay, and a bare file name is a file of the folder its kind lives in.
 */
/**
 * The Liquid that writes the old site's own address ({{ site.url }}, {{ site.baseurl }}, and the
 * base_path and base_url variables forks use, which Jekyll renders empty when unset): links that
 * start with it are site paths.
 */
export const SITE_ADDRESS_LIQUID = /\{\{-?\s*(site\.url|site\.baseurl|base_path|base_url)\s*-?\}\}/g

export function sitePath(
  value: string,
  folder: '/files/' | '/images/publications/' | '/images/',
  options: ImportOptions,
): string {
  const v = value.replace(SITE_ADDRESS_LIQUID, '').trim()
  for (const base of options.siteUrls ?? []) {
    const root = base.replace(/\/+$/, '')
    if (root && (v.startsWith(`${root}/`) || v.startsWith(`${root.replace(/^https:/, 'http:')}/`)))
      return v.slice(v.indexOf('/', v.indexOf('//') + 2))
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(v) || v.startsWith('/')) return v
  return `${folder}${v.replace(/^(\.\/)+/, '').replace(/^(assets\/(pdf|img)\/|files\/|images\/)/, '')}`
}

function arxivId(p: Record<string, string | number>, item: CslItem): string | undefined {
  // al-folio's own field: arxiv = {2501.01234}.
  if (typeof p.arxiv === 'string' && /^(arxiv:)?\d{4}\.\d{4,5}/i.test(p.arxiv))
    return stripVersion(p.arxiv.replace(/^arxiv:/i, ''))
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

/** Academic Pages' markdown_generator/publications.tsv: pub_date, title, venue, excerpt, citation, url_slug, paper_url, slides_url. */
export function parseAcademicPagesTsv(text: string, owner: Owner, options: ImportOptions = {}): Parsed[] {
  const rows = readTsv(text)
  if (rows[0] && !('citation' in rows[0]) && 'location' in rows[0])
    throw new Error(
      "this is Academic Pages' talks.tsv (title, type, url_slug, venue, date, location), not publications: npm run migrate brings talks over with the whole site",
    )
  return rows.map((row, i) => {
    const source = `row ${i + 2}${row.url_slug ? ` (${row.url_slug})` : ''}`
    return academicPagesPaper(row, source, owner, options)
  })
}

/**
 * The rows of a TSV file with a header line (Academic Pages' markdown_generator files), BOM and
 * CRLF tolerated, mixed line endings too (a row added in another editor), which the parser would
 * otherwise fold into the row before.
 */
export function readTsv(text: string): Record<string, string>[] {
  return parseTsv(text.replace(/\r\n?/g, '\n'), {
    delimiter: '\t',
    columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
    skip_empty_lines: true,
    relax_quotes: true,
    relax_column_count: true,
    trim: true,
    bom: true,
  })
}

/**
 * One Academic Pages paper (a publications.tsv row or a _publications/ file's front matter):
 * title, pub_date or date, venue, excerpt, citation, url_slug, paper_url or paperurl, slides_url or slidesurl.
 */
export function academicPagesPaper(
  row: Record<string, string>,
  source: string,
  owner: Owner,
  options: ImportOptions,
): Parsed {
  const notes: string[] = []
  const title = clean(row.title)
  if (!title) return { source, error: 'no title' }
  const when = academicPagesDate(row.pub_date ?? row.date ?? '')
  if (!when)
    return { source, error: `pub_date "${row.pub_date ?? row.date ?? ''}" is not a date (YYYY-MM-DD or M/D/YY)` }
  const { names, truncated } = parseAuthorList(row.citation ?? '')
  if (truncated)
    notes.push(
      `the citation names ${names.join('; ')} and "et al.": write the whole author list (the owner may be among those left out)`,
    )
  if (names.length === 0 && options.ownerOwnsAll) {
    names.push(owner.name)
    notes.push(
      `the old site names no authors (no citation): ${owner.name} is written as the only author; add the co-authors`,
    )
  }
  if (names.length === 0)
    return {
      source,
      error: `the citation ${source.startsWith('row') ? 'column' : 'field'} names no authors ("Last, F., & Other, G. (2020). …")`,
    }
  const found = authorList(names.map(parseLooseName), owner)
  const data: PaperData = { title, authors: found.authors, status: 'published', year: when.year }
  if (when.month) data.month = when.month
  const venue = clean(row.venue, { keepPeriod: true })
  if (venue && !/arxiv|preprint/i.test(venue)) {
    const { kind, guess } = venueKind(venue, row.category)
    data.venue = { name: venue, kind }
    if (guess) notes.push(`venue kind ${kind}, from ${guess}`)
  } else data.status = 'preprint'
  const links: NonNullable<PaperData['links']> = {}
  addUrl(links, row.paper_url ?? row.paperurl, options)
  const slides = row.slides_url ?? row.slidesurl
  if (slides) links.slides = sitePath(slides, '/files/', options)
  // Front matter some forks add: a DOI (bare or as a URL) and an arXiv id.
  const doi = row.doi?.trim().replace(/^https?:\/\/(dx\.)?doi\.org\//, '')
  if (doi && /^10\.\d{4,9}\//.test(doi)) links.doi = doi
  const arxiv = row.arxiv?.trim().replace(/^arxiv:/i, '')
  if (arxiv && /^\d{4}\.\d{4,5}(v\d+)?$/.test(arxiv)) links.arxiv = stripVersion(arxiv)
  if (Object.keys(links).length > 0) data.links = links
  const bibtexUrl = row.bibtex_url ?? row.bibtexurl
  if (bibtexUrl) notes.push(`bibtexurl ${bibtexUrl}: not carried (every paper page writes its own BibTeX)`)
  const abstract = clean(row.excerpt?.replace(/<[^>]+>/g, ' '), { keepPeriod: true })
  if (abstract) data.abstract = abstract
  if (found.missing) notes.push(found.missing)
  const slug = row.url_slug ? row.url_slug.trim() : undefined
  return {
    source,
    data,
    ...(notes.length > 0 ? { notes } : {}),
    ...(found.ownerAs ? { ownerAs: found.ownerAs } : {}),
    ...(slug ? { slug } : {}),
  }
}

/** Words of a conference's or a workshop's name (and of proceedings, which a journal's name never has). */
const MEETING = /\b(conference|symposium|workshop|proceedings|congress|meeting|colloquium|summit|forum)\b/i
/** A meeting's acronym and year: "IROS 2022", "CVPR'23". */
const ACRONYM_YEAR = /\b[A-Z]{3,}[-\s']?\s?\d{2,4}\b/
/** Words only a journal's name has ("Proceedings of the National Academy of Sciences" is one). */
const JOURNAL =
  /\b(journal|transactions|letters|magazine|national academy of sciences|pnas|plos|nature|lancet|econometrica|proceedings of the ieee)\b/i
/** Words a journal's name has more often than a conference's, when nothing else tells. */
const JOURNAL_LIKELY =
  /\b(review|science|sciences|annals|bulletin|quarterly|communications|reports|cell|frontiers|archives|acta|advances in|studies|economica|economics|medicine|research)\b/i

/**
 * Academic Pages' category (manuscripts, conferences, books), else the words of the venue's name;
 * what it was decided by, when that was a guess (the report says so).
 */
function venueKind(venue: string, category?: string): { kind: VenueKind; guess?: string } {
  if (/^books?$/i.test(category ?? '')) return { kind: 'book' }
  if (/^conferences?$/i.test(category ?? '')) return { kind: /workshop/i.test(venue) ? 'workshop' : 'conference' }
  if (/^manuscripts?$/i.test(category ?? '')) return { kind: 'journal' }
  if (/workshop/i.test(venue)) return { kind: 'workshop', guess: 'the word workshop in the venue' }
  if (/\b(working|discussion|technical|white) paper\b|\b(technical )?report\b|\bmimeo\b/i.test(venue))
    return { kind: 'report', guess: 'a working paper or report, by the venue' }
  if (JOURNAL.test(venue)) return { kind: 'journal', guess: "a journal's word in the venue" }
  if (MEETING.test(venue) || ACRONYM_YEAR.test(venue))
    return { kind: 'conference', guess: 'a conference word or acronym in the venue' }
  if (JOURNAL_LIKELY.test(venue)) return { kind: 'journal', guess: "a word of journals' names in the venue" }
  return { kind: 'conference', guess: 'no word of the venue tells (set kind: journal if it is one)' }
}

/** YYYY-MM-DD (or YYYY-MM, YYYY), or M/D/YY and M/D/YYYY as spreadsheets write them. */
export function academicPagesDate(text: string): { year: number; month?: number; day?: number } | undefined {
  const t = String(text).trim()
  const iso = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ]|$)/.exec(t)
  if (iso)
    return {
      year: Number(iso[1]),
      month: iso[2] ? Number(iso[2]) : undefined,
      day: iso[3] ? Number(iso[3]) : undefined,
    }
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(t)
  if (!us) return undefined
  let year = Number(us[3])
  // Two-digit years: the nearest past century (26 is 2026 in 2026; 95 is 1995).
  if (year < 100) year += year <= new Date().getFullYear() % 100 ? 2000 : 1900
  // M/D as spreadsheets in the US write it, unless the first number cannot be a month (28/09/2016).
  const [month, day] = Number(us[1]) > 12 ? [Number(us[2]), Number(us[1])] : [Number(us[1]), Number(us[2])]
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined
  return { year, month, day }
}

export function parseLooseName(name: string): CslName {
  const comma = /^([^,]+),\s*(.+)$/.exec(name)
  if (comma) return { family: comma[1]?.trim(), given: comma[2]?.trim() }
  const parts = name.trim().split(/\s+/)
  return parts.length > 1 ? { given: parts.slice(0, -1).join(' '), family: parts.at(-1) } : { literal: name.trim() }
}

// ---------------------------------------------------------------------------- shared mapping

/** Marks in author lists: equal contribution (* or ∗), corresponding (✉), and others (†, ‡, §, #) that are only dropped. */
const EQUAL_MARK = /[*∗]/
const CORRESPONDING_MARK = /✉/
const MARKS = /[*∗†‡§¶#✉]|\\(?:textsuperscript|dag|ddag|ast)\b|\^|[{}]/g

export function author(name: CslName, owner: Owner): PaperData['authors'][number] {
  return authorAndSpelling(name, owner).author
}

function authorAndSpelling(name: CslName, owner: Owner): { author: PaperData['authors'][number]; spelling?: string } {
  const raw = unicodeText(
    name.literal ??
      [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family, name.suffix]
        .filter(Boolean)
        .join(' '),
  )
  const unmark = (s: string | undefined) => (s ?? '').replace(MARKS, ' ').replace(/\s+/g, ' ').trim()
  const full = unmark(raw)
  const clean: CslName = name.literal
    ? { literal: full }
    : { ...name, family: unmark(name.family), given: unmark(name.given) }
  const isOwner = isOwnerVariant(full, clean, owner)
  const out: PaperData['authors'][number] = { name: isOwner ? owner.name : full }
  if (EQUAL_MARK.test(raw)) out.equal = true
  if (CORRESPONDING_MARK.test(raw)) out.corresponding = true
  return {
    author: out,
    spelling: isOwner ? (name.family && name.given ? `${clean.family}, ${clean.given}` : full) : undefined,
  }
}

/** An author list, with the owner's spelling found in it, or a note that the owner is not there. */
export function authorList(
  names: CslName[],
  owner: Owner,
): { authors: PaperData['authors']; ownerAs?: string; missing?: string } {
  const found = names.map((n) => authorAndSpelling(n, owner))
  const ownerAs = found.find((f) => f.spelling !== undefined)?.spelling
  return {
    authors: found.map((f) => f.author),
    ...(ownerAs
      ? { ownerAs }
      : {
          missing: `the owner is not among the authors (looked for ${[owner.name, ...owner.nameVariants].map((n) => `"${n}"`).join(', ')} and their initials; add the spelling used to nameVariants in content/profile/index.mdx)`,
        }),
  }
}

/** A name as comparable words: its family name's parts and its given names, lower-case ASCII. */
function nameParts(name: CslName | string): { family: string[]; given: string[] } {
  const n = typeof name === 'string' ? parseLooseName(name) : name
  const family = n.family ?? (n.literal ?? '').split(/\s+/).at(-1) ?? ''
  const given = n.given ?? (n.literal ?? '').split(/\s+/).slice(0, -1).join(' ')
  return {
    family: family
      .split(/[\s-]+/)
      .map(asciiWord)
      .filter(Boolean),
    // "J. F.", "J.F.", "Jean-François" and "JF" (Vancouver initials) as words.
    given: given
      .replace(/^(\p{Lu})(\p{Lu}{1,2})$/u, (_, a: string, b: string) => [a, ...b].join(' '))
      .split(/[\s.-]+/)
      .map(asciiWord)
      .filter(Boolean),
  }
}

/** Family names of one person: the same, or one a part of the other's double name (Watkins, Watkins-Valls). */
function sameFamily(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return short.every((w) => long.includes(w))
}

/**
 * Given names of one person: the first the same (in full or as its initial), the others of the
 * shorter in the longer, in order ("David" and "D." are "David J."; "Zhen" is not "Zhen Y." alone).
 */
function sameGiven(a: string[], b: string[]): boolean {
  const match = (x: string, y: string) =>
    x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y))
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (!short[0] || !long[0] || !match(short[0], long[0])) return false
  let j = 1
  for (const w of short.slice(1)) {
    while (j < long.length && !match(w, long[j] ?? '')) j++
    if (j === long.length) return false
    j++
  }
  return true
}

/**
 * The owner under another spelling: a listed variant (in either order: "Z. Li", "Li, Z."), or a
 * family name of theirs with their given names, their initials or the first of them.
 */
function isOwnerVariant(full: string, name: CslName, owner: Owner): boolean {
  if (full === owner.name || owner.nameVariants.includes(full)) return true
  const me = nameParts(name)
  return [owner.name, ...owner.nameVariants].some((spelling) => {
    const o = nameParts(spelling)
    return sameFamily(o.family, me.family) && sameGiven(o.given, me.given)
  })
}

function addUrl(links: NonNullable<PaperData['links']>, value: string | undefined, options: ImportOptions = {}) {
  // A placeholder ("#", "TBD", a base path alone) links to nothing.
  if (
    !value?.trim() ||
    /^(#|tbd|todo|n\/?a|none|-)$/i.test(
      value
        .replace(SITE_ADDRESS_LIQUID, '')
        .replace(/^\/?(files\/?)?/, '')
        .trim(),
    )
  )
    return
  const url = sitePath(value, '/files/', options)
  if (url.startsWith('/')) {
    if (/\.pdf$/i.test(url)) links.pdf ??= url
    else links.project ??= url
    return
  }
  if (!/^https?:\/\//.test(url)) return
  // A publisher's page with the DOI in its path (dl.acm.org/doi/10.1145/…, link.springer.com/article/10.1007/…).
  const doiInPath =
    /^https?:\/\/(?!(?:dx\.)?doi\.org)[^/]+\/(?:[^?#]*?\/)?(10\.\d{4,9}\/[^?#\s]+?)(?:\.pdf)?\/?(?:[?#]|$)/i.exec(url)
  const openreview = /openreview\.net\/(?:forum|pdf)\?id=([A-Za-z0-9_-]+)/.exec(url)
  const arxiv = /arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})/.exec(url)
  if (openreview?.[1]) links.openreview = openreview[1]
  else if (arxiv?.[1]) links.arxiv ??= arxiv[1]
  else if (/doi\.org\//.test(url)) links.doi ??= url.replace(/^https?:\/\/(dx\.)?doi\.org\//, '')
  else if (doiInPath?.[1] && !/^10\.48550\//.test(doiInPath[1])) links.doi ??= decodeURIComponent(doiInPath[1])
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

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
