// What Zotero saves from the built pages, by the rules of its own translators, read from their
// source (zotero/translators "Embedded Metadata.js", 2026-04-27, with the RDF.js it hands Dublin
// Core and Open Graph to; "COinS.js" and zotero/utilities openurl.js parseContextObject): the item
// type, and the fields each type keeps under its own names (Zotero's schema maps the generic
// publisher, number and publicationTitle to a preprint's repository and archiveID, a report's
// institution and reportNumber, a conference paper's proceedingsTitle). The pages are read in
// Chromium as Zotero reads a page: its DOM's head meta tags and span.Z3988 elements.
import { expect, test, type Page } from '@playwright/test'
import { publications } from './content'

type Publication = (typeof publications)[number]
type Item = Record<string, string | string[] | undefined>

/** Zotero item types (the ones a DC.type or rft.type value may name). */
const ITEM_TYPES = new Set([
  'book',
  'bookSection',
  'conferencePaper',
  'journalArticle',
  'preprint',
  'report',
  'thesis',
  'webpage',
  'document',
])

/** Zotero's schema: the generic (base) field under the name each type gives it. */
const BASE_FIELDS: Record<string, Record<string, string>> = {
  preprint: { publisher: 'repository', number: 'archiveID' },
  report: { publisher: 'institution', number: 'reportNumber' },
  thesis: { publisher: 'university' },
  conferencePaper: { publicationTitle: 'proceedingsTitle' },
  bookSection: { publicationTitle: 'bookTitle' },
}

/** Embedded Metadata's HIGHWIRE_MAPPINGS (those this site can write). */
const HIGHWIRE: Record<string, string> = {
  citation_title: 'title',
  citation_publication_date: 'date',
  citation_journal_title: 'publicationTitle',
  citation_inbook_title: 'publicationTitle',
  citation_book_title: 'bookTitle',
  citation_volume: 'volume',
  citation_issue: 'issue',
  citation_conference_title: 'conferenceName',
  citation_dissertation_institution: 'university',
  citation_technical_report_institution: 'institution',
  citation_technical_report_number: 'number',
  citation_publisher: 'publisher',
  citation_abstract: 'abstractNote',
  citation_doi: 'DOI',
}

/** The tags whose presence sets the Highwire type; the last one in the page wins. */
const HIGHWIRE_TYPE: Record<string, string> = {
  citation_journal_title: 'journalArticle',
  citation_technical_report_institution: 'report',
  citation_conference_title: 'conferencePaper',
  citation_conference: 'conferencePaper',
  citation_book_title: 'bookSection',
  citation_inbook_title: 'bookSection',
  citation_dissertation_institution: 'thesis',
}

async function metaTags(page: Page): Promise<[name: string, content: string][]> {
  return page.locator('head meta').evaluateAll((els) =>
    els.flatMap((e) => {
      const name = e.getAttribute('name') ?? e.getAttribute('property')
      const content = e.getAttribute('content')
      return name && content ? [[name, content] as [string, string]] : []
    }),
  )
}

/** The item Embedded Metadata makes of a page's meta tags. */
function embeddedMetadata(tags: [string, string][]): Item {
  let hwType: string | undefined
  let hwTypeGuess: string | undefined
  const rdf: { og?: string; ogGuess?: string; dc?: string; abstract?: string } = {}
  for (const [names, value] of tags)
    for (const tag of names.split(/\s+/)) {
      const [prefix, prop] = tag.split(/[.:_]/)
      if (prefix?.toLowerCase() === 'dc' && prop?.toLowerCase() === 'type' && ITEM_TYPES.has(value)) rdf.dc = value
      else if (tag === 'og:type' && value === 'article') rdf.ogGuess = 'journalArticle'
      else if (tag === 'og:type' && value === 'website') rdf.og = 'webpage'
      else if (tag === 'og:description') rdf.abstract = value
      else {
        const short = tag.slice(tag.lastIndexOf('citation_'))
        if (HIGHWIRE_TYPE[short]) hwType = HIGHWIRE_TYPE[short]
        else if (short === 'citation_title') hwTypeGuess ??= 'journalArticle'
      }
    }
  const itemType = hwType ?? rdf.og ?? rdf.dc ?? hwTypeGuess ?? rdf.ogGuess ?? 'webpage'
  const item: Item = { itemType, abstractNote: rdf.abstract }
  const first = (name: string) => tags.find(([n]) => n === name)?.[1]
  for (const [tag, field] of Object.entries(HIGHWIRE)) {
    const value = first(tag)
    if (value?.trim()) item[field] = value
  }
  item.abstractNote ??= first('description')
  item.creators = tags.filter(([n]) => n === 'citation_author').map(([, v]) => v)
  item.pdf = first('citation_pdf_url')
  return typed(item)
}

/** Generic fields under the names the item's type gives them. */
function typed(item: Item): Item {
  const out: Item = {}
  const names = BASE_FIELDS[String(item.itemType)] ?? {}
  for (const [k, v] of Object.entries(item)) if (v !== undefined) out[names[k] ?? k] = v
  return out
}

/** The item Zotero's parseContextObject makes of a COinS span's title. */
function contextObjectItem(co: string): Item {
  const parts = co.split('&')
  const format = decodeURIComponent(parts.find((p) => p.startsWith('rft_val_fmt='))?.slice('rft_val_fmt='.length) ?? '')
  const has = (kv: string) => parts.includes(kv)
  let itemType: string | undefined
  if (format === 'info:ofi/fmt:kev:mtx:journal') itemType = 'journalArticle'
  else if (format === 'info:ofi/fmt:kev:mtx:book')
    itemType = has('rft.genre=bookitem')
      ? 'bookSection'
      : has('rft.genre=conference') || has('rft.genre=proceeding')
        ? 'conferencePaper'
        : has('rft.genre=report')
          ? 'report'
          : 'book'
  else if (format === 'info:ofi/fmt:kev:mtx:dissertation') itemType = 'thesis'
  else if (format === 'info:ofi/fmt:kev:mtx:dc') itemType = 'webpage'
  const item: Item = { itemType, creators: [] }
  for (const part of parts) {
    const [key = '', raw = ''] = part.split('=')
    const value = decodeURIComponent(raw.replace(/\+|%2[bB]/g, ' '))
    if (!value) continue
    if (key === 'rft.btitle') {
      if (itemType === 'book' || itemType === 'report') item.title = value
      else item.publicationTitle = value
    } else if (key === 'rft.atitle') item.title = value
    else if (key === 'rft.jtitle') item.publicationTitle = value
    else if (key === 'rft.title') {
      if (['journalArticle', 'bookSection', 'conferencePaper'].includes(String(itemType))) item.publicationTitle = value
      else item.title = value
    } else if (key === 'rft.au') (item.creators as string[]).push(value)
    else if (key === 'rft.date') item.date = value
    else if (key === 'rft.pub' || key === 'rft.publisher') item.publisher = value
    else if (key === 'rft.type' && ITEM_TYPES.has(value)) item.itemType = value
    else if (key === 'rft_id' && value.startsWith('info:doi/')) item.DOI = value.slice('info:doi/'.length)
  }
  return typed(item)
}

/** What each kind of paper must be saved as, from its content file. */
function expectItem(item: Item, p: Publication, where: string) {
  const kind = p.venue?.kind
  const type = !p.venue
    ? 'preprint'
    : kind === 'journal'
      ? 'journalArticle'
      : kind === 'thesis'
        ? 'thesis'
        : kind === 'report'
          ? 'report'
          : kind === 'book'
            ? 'book'
            : 'conferencePaper'
  expect(item.itemType, where).toBe(type)
  expect(item.creators, where).toEqual(p.authors.map((a) => a.name))
  if (type === 'preprint' && p.links?.arxiv) expect(item.repository, where).toBe('arXiv')
  if (type === 'conferencePaper') expect(item.proceedingsTitle, where).toBe(p.venue?.name)
  if (type === 'journalArticle') expect(item.publicationTitle, where).toBe(p.venue?.name)
  if (p.links?.doi) expect(item.DOI, where).toBe(p.links.doi)
}

for (const p of publications) {
  test(`Zotero saves ${p.url} as its kind, with its PDF and no author list for an abstract`, async ({ page }) => {
    await page.goto(p.url)
    const item = embeddedMetadata(await metaTags(page))
    expectItem(item, p, p.url)
    if (!p.venue && p.links?.arxiv) expect(item.archiveID).toBe(p.links.arxiv)
    if (p.venue?.kind === 'conference' || p.venue?.kind === 'workshop') expect(item.conferenceName).toBe(p.venue.name)
    if (p.links?.arxiv || p.links?.openreview || p.links?.pdf) expect(item.pdf).toMatch(/^https?:\/\//)
    if (p.abstract) expect(item.abstractNote).toBe(p.abstract)
    else expect(String(item.abstractNote)).not.toContain(p.authors.map((a) => a.name).join(', '))
    // COinS stays off paper pages, where it would outrank the tags.
    await expect(page.locator('span.Z3988')).toHaveCount(0)
  })
}

test('list pages offer every paper they list through COinS, each saved as its kind and hidden from screen readers', async ({
  page,
}) => {
  for (const route of ['/', '/publications/']) {
    await page.goto(route)
    const spans = page.locator('article[data-slug] span.Z3988[title]')
    const slugs = await page.locator('article[data-slug]').evaluateAll((els) => els.map((e) => e.dataset.slug))
    await expect(spans, route).toHaveCount(slugs.length)
    for (const span of await spans.all()) {
      await expect(span).toHaveAttribute('aria-hidden', 'true')
      const slug = await span.evaluate((el) => el.closest<HTMLElement>('article[data-slug]')?.dataset.slug)
      const p = publications.find((q) => q.slug === slug)
      expect(p, `${route}: ${slug}`).toBeTruthy()
      expectItem(contextObjectItem((await span.getAttribute('title')) ?? ''), p!, `${route} COinS ${slug}`)
    }
  }
})
