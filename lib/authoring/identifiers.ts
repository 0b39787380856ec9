// A paper by its identifier: what `npm run import -- arXiv:2505.11574 doi:10.… openreview:…`
// understands, and the mapping of each service's answer (arXiv's Atom feed, Crossref's work,
// OpenReview's note) to publication front matter. Fetching is scripts/import.ts's; this file only reads.
import { XMLParser } from 'fast-xml-parser'
import { author, clean, parseLooseName, stripVersion, type Owner, type PaperData, type Parsed } from './importer'

export type Identifier =
  { kind: 'arxiv'; id: string } | { kind: 'doi'; id: string } | { kind: 'openreview'; id: string }

/** "arXiv:2505.11574", "doi:10.…", "openreview:xdVLvWZcUe", or the same as a full arXiv, DOI or OpenReview URL. */
export function parseIdentifier(text: string): Identifier | undefined {
  const t = text.trim()
  const arxiv =
    /^arxiv:\s*(\S+)$/i.exec(t)?.[1] ??
    /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/([^?#]+?)(?:\.pdf)?\/?$/i.exec(t)?.[1]
  if (arxiv && /^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})(v\d+)?$/i.test(arxiv))
    return { kind: 'arxiv', id: stripVersion(arxiv) }
  const doi = /^doi:\s*(10\.\S+)$/i.exec(t)?.[1] ?? /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\S+)$/i.exec(t)?.[1]
  if (doi) return { kind: 'doi', id: decodeURIComponent(doi) }
  const openreview =
    /^openreview:\s*([A-Za-z0-9_-]+)$/i.exec(t)?.[1] ??
    /^https?:\/\/openreview\.net\/(?:forum|pdf)\?(?:.*&)?id=([A-Za-z0-9_-]+)/i.exec(t)?.[1]
  if (openreview) return { kind: 'openreview', id: openreview }
  return undefined
}

export const identifierLabel = (i: Identifier) =>
  `${i.kind === 'arxiv' ? 'arXiv' : i.kind === 'doi' ? 'doi' : 'openreview'}:${i.id}`

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: 'text',
  isArray: (name) => ['entry', 'author', 'link', 'category'].includes(name),
})

const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v])
const text = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number'
    ? String(v)
    : typeof record(v).text === 'string'
      ? String(record(v).text)
      : ''

/** arXiv's text: whitespace collapsed, TeX left as written (a title's $O(n^{2})$ keeps its braces). */
const arxivText = (v: unknown, { keepPeriod = false } = {}) => {
  const out = text(v).replace(/\s+/g, ' ').trim()
  return keepPeriod ? out : out.replace(/\.$/, '')
}

/** arXiv's API answer (an Atom feed, https://info.arxiv.org/help/api/user-manual.html) for one id. */
export function fromArxiv(body: string, id: string, owner: Owner): Parsed {
  const source = `arXiv:${id}`
  let feed: Record<string, unknown>
  try {
    feed = record(record(xml.parse(body, true)).feed)
  } catch (error) {
    return {
      source,
      error: `arXiv's answer is not readable XML: ${error instanceof Error ? error.message : String(error)}`,
    }
  }
  const entry = list(feed.entry)
    .map(record)
    .find((e) => stripVersion(text(e.id).replace(/^https?:\/\/arxiv\.org\/abs\//, '')) === id)
  if (!entry) return { source, error: 'arXiv has no paper with this identifier' }
  const title = arxivText(entry.title)
  const authors = list(entry.author).map((a) => author(parseLooseName(text(record(a).name)), owner))
  const published = text(entry.published)
  const [year, month] = published.split('-').map(Number)
  if (!title || authors.length === 0 || !year)
    return { source, error: 'arXiv answered without a title, authors or date' }
  const data: PaperData = { title, authors, status: 'preprint', year, links: { arxiv: id } }
  if (month) data.month = month
  const doi = text(entry['arxiv:doi'])
  if (doi) data.links = { ...data.links, doi }
  const abstract = arxivText(entry.summary, { keepPeriod: true })
  if (abstract) data.abstract = abstract
  return { source, data }
}

const CROSSREF_KIND: Record<string, NonNullable<PaperData['venue']>['kind']> = {
  'journal-article': 'journal',
  'proceedings-article': 'conference',
  'book-chapter': 'conference',
  dissertation: 'thesis',
  report: 'report',
}

/** Crossref's answer for /works/<doi> (https://api.crossref.org/swagger-ui/index.html). */
export function fromCrossref(json: unknown, doi: string, owner: Owner): Parsed {
  const source = `doi:${doi}`
  const work = record(record(json).message)
  const title = clean(text(list(work.title)[0]))
  const authors = list(work.author)
    .map(record)
    .map((a) =>
      author(
        typeof a.name === 'string'
          ? { literal: a.name }
          : { given: text(a.given) || undefined, family: text(a.family) },
        owner,
      ),
    )
  const parts = list(record(work.published ?? work.issued)['date-parts'])[0]
  const [year, month] = list(parts).map(Number)
  if (!title || authors.length === 0 || !year)
    return { source, error: 'Crossref answered without a title, authors or date' }
  const type = text(work.type)
  const kind = CROSSREF_KIND[type]
  const container = clean(text(list(work['container-title'])[0])) || clean(text(record(work.event).name))
  const data: PaperData = { title, authors, status: kind ? 'published' : 'preprint', year, links: { doi } }
  if (kind && container) data.venue = { name: container, kind: /workshop/i.test(container) ? 'workshop' : kind }
  else if (kind === 'thesis' || kind === 'report') {
    const by = clean(text(list(work.institution).map(record)[0]?.name) || text(work.publisher))
    if (by) data.venue = { name: by, kind }
  }
  if (!data.venue) data.status = 'preprint'
  if (month) data.month = month
  const abstract = clean(text(work.abstract).replace(/<[^>]+>/g, ' '), { keepPeriod: true })
  if (abstract) data.abstract = abstract
  return { source, data }
}

/** OpenReview API v2's answer for /notes?id=<id> (https://docs.openreview.net/reference/api-v2). */
export function fromOpenReview(json: unknown, id: string, owner: Owner): Parsed {
  const source = `openreview:${id}`
  const note = list(record(json).notes)
    .map(record)
    .find((n) => n.id === id || n.forum === id)
  if (!note) return { source, error: 'OpenReview has no note with this id' }
  const content = record(note.content)
  const value = (key: string) => record(content[key]).value
  const title = clean(text(value('title')))
  const authors = list(value('authors')).map((a) => author(parseLooseName(text(a)), owner))
  const when = Number(note.pdate ?? note.cdate)
  const date = Number.isFinite(when) && when > 0 ? new Date(when) : undefined
  if (!title || authors.length === 0 || !date)
    return { source, error: 'OpenReview answered without a title, authors or date' }
  const venueText = text(value('venue'))
  const data: PaperData = {
    title,
    authors,
    status: 'preprint',
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    links: { openreview: id },
  }
  if (/^submitted to\b/i.test(venueText)) data.status = 'under-review'
  else if (venueText && !/withdrawn|rejected|desk/i.test(venueText)) {
    data.status = 'published'
    // "ICLR 2025 Poster": the venue is the conference; the presentation kind stays out of its name.
    const name = venueText.replace(/\s+(poster|oral|spotlight|notable[^,]*|top-\d+%.*)$/i, '')
    data.venue = { name, kind: /workshop/i.test(name) ? 'workshop' : 'conference' }
  }
  const abstract = clean(text(value('abstract')), { keepPeriod: true })
  if (abstract) data.abstract = abstract
  const tags = list(value('keywords'))
    .map((k) => text(k).trim().toLowerCase().replace(/\s+/g, '-'))
    .filter(Boolean)
  if (tags.length > 0) data.tags = tags
  return { source, data }
}

// ---------------------------------------------------------------------------- profiles

/** A profile whose works `npm run import -- --from <profile>` (or `npm run sync`) lists. */
export type Profile =
  | { kind: 'orcid'; id: string }
  | { kind: 'dblp'; id: string }
  | { kind: 'openalex'; id: string }
  | { kind: 'semanticscholar'; id: string }

/** "orcid:0000-0002-…", "dblp:123/4567", "openalex:A5023888391", "semanticscholar:1741101", or the profile's URL. */
export function parseProfile(text: string): Profile | undefined {
  const t = text.trim()
  const orcid =
    /^orcid:\s*(\d{4}-\d{4}-\d{4}-\d{3}[\dX])$/i.exec(t)?.[1] ??
    /^https?:\/\/(?:www\.)?orcid\.org\/(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\/?$/i.exec(t)?.[1]
  if (orcid) return { kind: 'orcid', id: orcid.toUpperCase() }
  const dblp =
    /^dblp:\s*([\w-]+\/[\w-]+)$/i.exec(t)?.[1] ??
    /^https?:\/\/dblp\.(?:org|uni-trier\.de)\/pid\/([\w-]+\/[\w-]+)(?:\.html)?\/?$/i.exec(t)?.[1]
  if (dblp) return { kind: 'dblp', id: dblp }
  const openalex =
    /^openalex:\s*(A\d+)$/i.exec(t)?.[1] ??
    /^https?:\/\/(?:api\.)?openalex\.org\/(?:authors\/)?(A\d+)\/?$/i.exec(t)?.[1]
  if (openalex) return { kind: 'openalex', id: openalex.toUpperCase() }
  const s2 =
    /^semanticscholar:\s*(\d+)$/i.exec(t)?.[1] ??
    /^https?:\/\/(?:www\.)?semanticscholar\.org\/author\/(?:[^/]+\/)?(\d+)\/?$/i.exec(t)?.[1]
  if (s2) return { kind: 'semanticscholar', id: s2 }
  return undefined
}

export const profileLabel = (p: Profile) => `${p.kind}:${p.id}`

/** A work a profile lists: its title (for the report) and the identifiers it can be imported by. */
export interface ListedWork {
  title: string
  ids: Identifier[]
}

/** Identifiers in a list of links or ids (doi.org and arxiv.org URLs, "10.…", "arXiv:…"). */
function idsIn(values: unknown[]): Identifier[] {
  const found = new Map<string, Identifier>()
  for (const v of values) {
    const raw = text(v).trim()
    const id =
      parseIdentifier(raw) ??
      (/^10\.\d{4,9}\//.test(raw) ? parseIdentifier(`doi:${raw}`) : undefined) ??
      (/^\d{4}\.\d{4,5}(v\d+)?$/.test(raw) ? parseIdentifier(`arXiv:${raw}`) : undefined)
    // DataCite's arXiv DOIs (10.48550/arXiv.…) are arXiv ids.
    const arxivDoi = id?.kind === 'doi' ? /^10\.48550\/arxiv\.(.+)$/i.exec(id.id)?.[1] : undefined
    const final = arxivDoi ? parseIdentifier(`arXiv:${arxivDoi}`) : id
    if (final) found.set(`${final.kind}:${final.id.toLowerCase()}`, final)
  }
  return [...found.values()]
}

/** ORCID's public API v3.0, /<orcid>/works: groups of summaries with their external ids. */
export function worksFromOrcid(json: unknown): ListedWork[] {
  return list(record(json).group).map((g) => {
    const group = record(g)
    const summary = record(list(group['work-summary'])[0])
    const ids = list(record(group['external-ids'])['external-id']).map(record)
    return {
      title: text(record(record(summary.title).title).value),
      ids: idsIn(
        ids
          .filter((e) => ['doi', 'arxiv'].includes(text(e['external-id-type']).toLowerCase()))
          .map((e) =>
            text(e['external-id-type']).toLowerCase() === 'arxiv'
              ? `arXiv:${text(e['external-id-value']).replace(/^arxiv:/i, '')}`
              : text(e['external-id-value']),
          ),
      ),
    }
  })
}

const dblpXml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: 'text',
  isArray: (name) => ['r', 'ee', 'author'].includes(name),
})

/** DBLP's /pid/<pid>.xml: one <r> per record, its links in <ee>. */
export function worksFromDblp(body: string): ListedWork[] {
  const person = record(record(dblpXml.parse(body, true)).dblpperson)
  return list(person.r).map((r) => {
    const rec = record(Object.values(record(r))[0])
    return { title: clean(text(rec.title)), ids: idsIn(list(rec.ee)) }
  })
}

/** OpenAlex's /works?filter=author.id:<id>: each work's DOI and the arXiv pages among its locations. */
export function worksFromOpenAlex(json: unknown): ListedWork[] {
  return list(record(json).results).map((w) => {
    const work = record(w)
    const pages = list(work.locations).map((l) => record(l).landing_page_url)
    return { title: clean(text(work.title ?? work.display_name)), ids: idsIn([work.doi, ...pages]) }
  })
}

/** Semantic Scholar's /graph/v1/author/<id>/papers?fields=title,externalIds. */
export function worksFromSemanticScholar(json: unknown): ListedWork[] {
  return list(record(json).data).map((p) => {
    const paper = record(p)
    const ext = record(paper.externalIds)
    return {
      title: clean(text(paper.title)),
      ids: idsIn([ext.ArXiv ? `arXiv:${text(ext.ArXiv)}` : undefined, ext.DOI].filter(Boolean)),
    }
  })
}
