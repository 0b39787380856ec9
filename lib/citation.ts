// Citations from the typed publication records: one CSL-JSON item per paper, from which
// citation-js makes BibTeX and formatted references. Nothing here concatenates BibTeX by hand.
import { Cite, plugins, type CslItem, type CslName } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-csl'
import { parse as parseName } from '@citation-js/name'
import type { Publication } from 'contentlayer/generated'
import { paperLinks } from './format'
import { asciiWord } from './model/slug'
import { mathParts, plainMath } from './model/math'

type Paper = Pick<
  Publication,
  | 'slug'
  | 'title'
  | 'authors'
  | 'status'
  | 'venue'
  | 'year'
  | 'month'
  | 'links'
  | 'abstract'
  | 'tags'
  | 'volume'
  | 'issue'
  | 'pages'
  | 'publisher'
>

/** Generational suffixes, the only words at the end of a name that are not its family name. */
const SUFFIX = /^(jr|sr|ii|iii|iv|v)\.?$/i

/**
 * A name as CSL parts. A name without a comma is "Given [particles] Family [Suffix]", as the
 * content writes it: it is handed to citation-js's parser as BibTeX's "particles Family, Suffix,
 * Given", because that parser reads a bare last word such as Ma or Li as a degree (M.A.), taking
 * "Yi Ma" for a family name Yi and failing on "Ma" alone. One word is a family name.
 */
export function cslName(name: string): CslName {
  const words = name.trim().split(/\s+/)
  let bibtexForm = name
  if (!name.includes(',')) {
    const suffix = words.length > 2 && SUFFIX.test(words.at(-1) ?? '') ? words.pop() : undefined
    if (words.length === 1) return suffix ? { family: words[0], suffix } : { family: words[0] ?? name }
    // Lower-case words before the family name are its particles (van, de la).
    let start = words.length - 1
    while (start > 1 && /^\p{Ll}/u.test(words[start - 1] ?? '')) start--
    bibtexForm = [words.slice(start).join(' '), ...(suffix ? [suffix] : []), words.slice(0, start).join(' ')].join(', ')
  }
  const parsed = parseName(bibtexForm)
  return parsed.family || parsed.given ? parsed : { literal: name }
}

const STOP_WORDS = new Set(['a', 'an', 'the', 'on', 'of', 'for', 'to', 'in', 'and', 'with', 'towards', 'toward'])

/** Google-Scholar-style key: first author's family name, year, first significant title word (li2025infijanice). */
function baseKey(p: Paper): string {
  const first = p.authors[0] ? cslName(p.authors[0].name) : undefined
  const family = asciiWord(first?.family ?? first?.literal ?? '') || 'anon'
  const word =
    p.title
      .split(/\s+/)
      .map(asciiWord)
      .find((w) => w && !STOP_WORDS.has(w)) ?? 'untitled'
  return `${family}${p.year}${word}`
}

/** Citation keys for a set of papers: stable for a given set, unique (a, b, … on collisions, in slug order). */
export function citationKeys(papers: Paper[]): Map<string, string> {
  const keys = new Map<string, string>()
  const taken = new Map<string, number>()
  for (const p of [...papers].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const base = baseKey(p)
    const n = taken.get(base) ?? 0
    taken.set(base, n + 1)
    keys.set(p.slug, n === 0 ? base : `${base}${String.fromCharCode(96 + n)}`)
  }
  return keys
}

/**
 * A word whose case a style must not change: one with a capital after its first letter, in any
 * of its hyphenated parts (LLM, MD3R, InfiJanice, Infi-MMR; not Quantization-Induced).
 */
export function keepsCase(word: string): boolean {
  return word.split(/[-'’]/).some((part) => /^\P{L}*\p{L}.*\p{Lu}/u.test(part))
}
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu

/** Text with each word that keeps its case wrapped, as CSL-JSON (a nocase span) or BibTeX (braces) mark it. */
export function protectCase(text: string, wrap: (word: string) => string): string {
  return text.replace(WORD, (word) => (keepsCase(word) ? wrap(word) : word))
}

const STATUS_NOTE: Partial<Record<Publication['status'], string>> = {
  'under-review': 'Under review',
  accepted: 'Accepted',
}

/** The paper as a CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export function toCsl(p: Paper, key: string, pageUrl?: string): CslItem {
  const links = p.links
  const item: CslItem = {
    id: p.slug,
    'citation-key': key,
    type: 'article-journal',
    // CSL has no math markup: formulas as plain text (BibTeX keeps the LaTeX, see bibtex()).
    // Acronyms and names keep their case in styles that change it (APA's sentence case, Chicago's title case).
    title: protectCase(plainMath(p.title), (word) => `<span class="nocase">${word}</span>`),
    author: p.authors.map((a) => cslName(a.name)),
    issued: { 'date-parts': [p.month ? [p.year, p.month] : [p.year]] },
  }
  if (p.venue?.kind === 'thesis' || p.venue?.kind === 'report' || p.venue?.kind === 'book') {
    item.type = p.venue.kind
    item.publisher = p.venue.name
  } else if (p.venue) {
    item.type = p.venue.kind === 'journal' ? 'article-journal' : 'paper-conference'
    item['container-title'] = p.venue.name
  } else if (links?.arxiv) {
    // How Google Scholar and arXiv itself cite a preprint: @article{…, journal={arXiv preprint arXiv:ID}}.
    item['container-title'] = `arXiv preprint arXiv:${links.arxiv}`
  } else {
    item.type = 'manuscript'
  }
  if (p.volume) item.volume = p.volume
  if (p.issue) item.issue = p.issue
  // A range with a hyphen, which citation-js writes as BibTeX's -- and CSL processors as an en dash.
  if (p.pages) item.page = p.pages.replace(/\s*[-–—]+\s*/g, '-')
  if (p.publisher && !item.publisher) item.publisher = p.publisher
  const note = STATUS_NOTE[p.status]
  if (note) item.note = note
  if (links?.doi) item.DOI = links.doi
  const url =
    paperLinks(p).find((l) => l.kind === 'arxiv' || l.kind === 'openreview' || l.kind === 'doi')?.href ?? pageUrl
  if (url) item.URL = url
  if (p.abstract) item.abstract = p.abstract
  if (p.tags.length > 0) item.keyword = p.tags.join(', ')
  return item
}

// BibTeX in UTF-8, as Zotero, JabRef and biber write and read it. citation-js's ASCII escaping
// garbles some letters (Jiří becomes Ji{\v r}\i{{\' }}, which no parser reads back), so it is off,
// and the characters TeX treats specially are escaped here instead, in text fields only.
const bibtexConfig = plugins.config.get('@bibtex')
if (
  bibtexConfig &&
  typeof bibtexConfig === 'object' &&
  'format' in bibtexConfig &&
  bibtexConfig.format &&
  typeof bibtexConfig.format === 'object'
) {
  Object.assign(bibtexConfig.format, { asciiOnly: false })
}
const TEX_SPECIAL = /([&%$#_{}])/g
const texText = (s: string) => s.replace(TEX_SPECIAL, '\\$1')
/**
 * A title for BibTeX: its text escaped, acronyms and names in braces (as arXiv and DBLP write
 * them: {LLM}, not every capitalised word), its formulas ($…$) kept as the LaTeX they are.
 */
const texTitle = (s: string) =>
  mathParts(s)
    .map((part) => (part.math ? `$${part.value}$` : protectCase(texText(part.value), (word) => `{${word}}`)))
    .join('')
const TEXT_FIELDS = ['title', 'container-title', 'publisher', 'note', 'abstract', 'keyword'] as const

/** BibTeX for papers' CSL items; `title` is the paper's own title, math included, for BibTeX to keep. */
export function bibtex(entries: { csl: CslItem; title: string }[]): string {
  const escaped = entries.map(({ csl: item, title }) => {
    const out: CslItem = { ...item }
    for (const field of TEXT_FIELDS) {
      const value = out[field]
      if (typeof value === 'string') out[field] = texText(value)
    }
    out.author = item.author?.map((n) =>
      Object.fromEntries(Object.entries(n).map(([k, v]) => [k, typeof v === 'string' ? texText(v) : v])),
    )
    const container = typeof item['container-title'] === 'string' ? item['container-title'] : ''
    const venue = protectCase(texText(container), (word) => `{${word}}`)
    return { out, titles: { title: texTitle(title), booktitle: venue, journal: venue } as Record<string, string> }
  })
  // citation-js's entries, written out as it writes them, with two changes: the title and the
  // venue as above (citation-js braces every capitalised word), and the URL once (it adds `howpublished` too).
  const made = new Cite(escaped.map((e) => e.out)).format('bibtex', { format: 'object' })
  if (!Array.isArray(made)) throw new Error('citation-js returned no BibTeX entries')
  return made
    .map((entry: unknown, i) => {
      const { type, label, properties } = bibtexEntry(entry)
      const fields = Object.entries(properties).flatMap(([field, value]) => {
        if (field === 'howpublished' && value === properties.url) return []
        return [`\t${field} = {${escaped[i]?.titles[field] ?? value}},\n`]
      })
      return `@${type}{${label},\n${fields.join('')}}\n`
    })
    .join('')
}

function bibtexEntry(entry: unknown): { type: string; label: string; properties: Record<string, string> } {
  if (typeof entry !== 'object' || entry === null)
    throw new Error('citation-js returned a BibTeX entry that is not an object')
  const { type, label, properties } = entry as Record<string, unknown>
  if (typeof type !== 'string' || typeof label !== 'string' || typeof properties !== 'object' || properties === null)
    throw new Error('citation-js returned a BibTeX entry without type, key or fields')
  return {
    type,
    label,
    properties: Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, String(v)])),
  }
}

/** A formatted reference (APA by default) as plain text. */
export function reference(item: CslItem, template = 'apa'): string {
  return new Cite([item]).format('bibliography', { format: 'text', template, lang: 'en-US' }).trim()
}
