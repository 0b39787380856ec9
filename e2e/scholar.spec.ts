import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import { expect, test, type Page } from '@playwright/test'
import Ajv from 'ajv'
import { cslDataSchema } from './csl-data-schema'
import { profile, publications, enhanced } from './content'
import { arrayOf, objectOf, parseJson, stringOf, type JsonObject } from '../scripts/shared/json'

const norm = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')

async function jsonLd(page: Page, type: string): Promise<JsonObject> {
  const all = await page.locator('script[type="application/ld+json"]').allTextContents()
  const found = all.map((t) => objectOf(parseJson(t), 'JSON-LD')).find((d) => d['@type'] === type)
  expect(found, `JSON-LD ${type}`).toBeTruthy()
  return found ?? {}
}

const meta = (page: Page, name: string) => page.locator(`head meta[name="${name}"]`)

for (const p of publications) {
  test(`${p.url} carries Google Scholar tags and ScholarlyArticle JSON-LD`, async ({ page }) => {
    await page.goto(p.url)
    await expect(meta(page, 'citation_title')).toHaveAttribute('content', p.title)
    const authors = await meta(page, 'citation_author').evaluateAll((els) => els.map((e) => e.getAttribute('content')))
    expect(authors).toEqual(p.authors.map((a) => a.name))
    const date = p.month ? `${p.year}/${String(p.month).padStart(2, '0')}` : String(p.year)
    await expect(meta(page, 'citation_publication_date')).toHaveAttribute('content', date)
    if (p.venue?.kind === 'journal')
      await expect(meta(page, 'citation_journal_title')).toHaveAttribute('content', p.venue.name)
    else if (p.venue?.kind === 'conference' || p.venue?.kind === 'workshop')
      await expect(meta(page, 'citation_conference_title')).toHaveAttribute('content', p.venue.name)
    else if (!p.venue && p.links?.arxiv) {
      // A preprint: never a "report" of an institution called arXiv.
      await expect(meta(page, 'citation_technical_report_institution')).toHaveCount(0)
      await expect(meta(page, 'citation_publisher')).toHaveAttribute('content', 'arXiv')
      await expect(meta(page, 'citation_technical_report_number')).toHaveAttribute('content', p.links.arxiv)
    }
    const pdf = p.links?.pdf ?? (p.links?.arxiv ? `https://arxiv.org/pdf/${p.links.arxiv}` : undefined)
    if (pdf) await expect(meta(page, 'citation_pdf_url')).toHaveAttribute('content', new RegExp(`${pdf}$`))
    else if (!p.links?.openreview) await expect(meta(page, 'citation_pdf_url')).toHaveCount(0)
    await expect(meta(page, 'citation_abstract_html_url')).toHaveAttribute('content', new RegExp(`${p.url}$`))

    const ld = await jsonLd(page, 'ScholarlyArticle')
    expect(ld.name).toBe(p.title)
    const ldAuthors = arrayOf(ld.author, 'author').map((a) => objectOf(a, 'author'))
    expect(ldAuthors.map((a) => [a['@type'], a.name])).toEqual(p.authors.map((a) => ['Person', a.name]))
    expect(ld.datePublished).toBe(date.replace('/', '-'))
    const sameAs = ld.sameAs === undefined ? [] : arrayOf(ld.sameAs, 'sameAs')
    if (p.links?.arxiv) expect(sameAs).toContain(`https://arxiv.org/abs/${p.links.arxiv}`)
    if (p.links?.openreview) expect(sameAs).toContain(`https://openreview.net/forum?id=${p.links.openreview}`)
    if (p.venue) expect(objectOf(ld.isPartOf, 'isPartOf').name).toBe(p.venue.name)
    // Serialised safely: no raw "<" inside the script.
    for (const text of await page.locator('script[type="application/ld+json"]').allTextContents())
      expect(text).not.toContain('<')
  })
}

test('the home page carries Person JSON-LD with affiliation and identity links', async ({ page }) => {
  await page.goto('/')
  const person = await jsonLd(page, 'Person')
  expect(person.name).toBe(profile.name)
  expect(person.alternateName).toBe(profile.alternateName)
  if (profile.university) expect(objectOf(person.affiliation, 'affiliation').name).toBe(profile.university.name)
  else expect(person.affiliation).toBeUndefined()
  expect(person.sameAs).toEqual(profile.links.filter((l) => l.kind !== 'email').map((l) => l.url))
})

test.describe('the Cite section', () => {
  const p = publications[0]!

  test('is complete without JavaScript: BibTeX, a formatted reference and a .bib download', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(p.url)
    const bib = await page.locator('#cite-bibtex').innerText()
    const parsed = new Cite(bib).data
    expect(parsed).toHaveLength(1)
    expect(norm(parsed[0]?.title ?? '')).toBe(norm(p.title))
    expect(parsed[0]?.author?.map((a) => a.family)).toEqual(p.authors.map((a) => a.name.split(' ').at(-1)))
    await expect(page.locator('#cite-apa')).toContainText(`(${p.year})`)
    await expect(page.locator('button[data-copy]')).toHaveCount(2)
    await expect(page.locator('button[data-copy]').first()).toBeHidden()
    const href = await page.getByRole('link', { name: 'download .bib' }).getAttribute('href')
    expect(href).toBe(`${p.url}cite.bib`)
    const response = await page.request.get(href ?? '')
    expect(response.status()).toBe(200)
    const single = new Cite(await response.text()).data
    expect(single.map((d) => norm(d.title ?? ''))).toEqual([norm(p.title)])
    await context.close()
  })

  test('copies the BibTeX with one click when JavaScript runs', async ({ browser, baseURL }) => {
    const context = await browser.newContext()
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
    const page = await context.newPage()
    await page.goto(p.url)
    await enhanced(page)
    const button = page.locator('button[data-copy="cite-bibtex"]')
    await expect(button).toBeVisible()
    await button.click()
    await expect(button).toHaveText('Copied')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe((await page.locator('#cite-bibtex').innerText()).trim())
    await context.close()
  })
})

test('/publications.bib holds every paper with its title, authors and year', async ({ request }) => {
  const response = await request.get('/publications.bib')
  expect(response.status()).toBe(200)
  const items = new Cite(await response.text()).data
  expect(items).toHaveLength(publications.length)
  for (const p of publications) {
    const item = items.find((i) => norm(i.title ?? '') === norm(p.title))
    expect(item, p.title).toBeTruthy()
    expect(item?.author?.map((a) => `${a.given} ${a.family}`)).toEqual(p.authors.map((a) => a.name))
    expect(item?.issued?.['date-parts']?.[0]?.[0]).toBe(p.year)
  }
})

test('/publications.json is CSL-JSON valid against the CSL data schema and holds every paper', async ({ request }) => {
  const response = await request.get('/publications.json')
  expect(response.status()).toBe(200)
  const data = parseJson(await response.text())
  const validate = new Ajv({ allErrors: true }).compile(cslDataSchema)
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true)
  // CSL-JSON's markup (a nocase span around an acronym) is not part of the title's text.
  const titles = arrayOf(data, 'CSL-JSON').map((i, n) =>
    stringOf(objectOf(i, `item ${n}`).title, 'title').replace(/<[^>]+>/g, ''),
  )
  expect(titles.map(norm).sort()).toEqual(publications.map((p) => norm(p.title)).sort())
})

// An independent reader of both exports: pandoc's citeproc, formatting every paper in its default
// style (Chicago author-date, which title-cases titles). A word with a capital after its first
// letter (an acronym, a name like InfiJanice) must come out as written, and each link once.
// Debian's pandoc 2.17 reads a BibTeX group of capitals and digits ({MD3R}) without its case
// protection (a pandoc limitation; its CSL-JSON reader keeps it): for the .bib, such words are
// checked in the file instead, braced as BibTeX protects them.
for (const [path, format] of [
  ['/publications.bib', 'bibtex'],
  ['/publications.json', 'csljson'],
] as const) {
  test(`pandoc citeproc reads ${path}: acronyms keep their case and each link is printed once`, async ({ request }) => {
    const dir = mkdtempSync(join(tmpdir(), 'citeproc-'))
    try {
      const file = join(dir, `refs.${format === 'bibtex' ? 'bib' : 'json'}`)
      const exported = await (await request.get(path)).text()
      writeFileSync(file, exported)
      const pandoc = spawnSync(
        'pandoc',
        ['--citeproc', '--from', 'markdown', '--to', 'plain', '--wrap=none', '--bibliography', file],
        { input: '---\nnocite: "@*"\n---\n', encoding: 'utf8' },
      )
      expect(pandoc.error, 'pandoc is not installed (apt-get install pandoc)').toBeUndefined()
      expect(pandoc.status, pandoc.stderr).toBe(0)
      const references = pandoc.stdout.split(/\n\s*\n/).filter((r) => r.trim())
      expect(references).toHaveLength(publications.length)
      const letters = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
      for (const p of publications) {
        const words = p.title.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []
        const reference = references.find((r) => letters(r).includes(letters(words.join(' '))))
        expect(reference, p.title).toBeTruthy()
        for (const w of words.filter((w) => w.split(/[-'’]/).some((part) => /^\P{L}*\p{L}.*\p{Lu}/u.test(part)))) {
          if (format === 'bibtex' && /^[\p{Lu}\d]+$/u.test(w) && /\d/.test(w)) expect(exported).toContain(`{${w}}`)
          else expect(reference, p.title).toContain(w)
        }
        for (const url of reference?.match(/https?:\/\/\S+?(?=\.?(\s|$))/g) ?? [])
          expect(reference?.split(url).length, `${url} in "${reference}"`).toBe(2)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
}

test.describe('narrowing the publication list', () => {
  test('search, status and topic narrow the list to the matching papers', async ({ page }) => {
    await page.goto('/publications/')
    await enhanced(page)
    const visible = () =>
      page
        .locator('[data-filter-item]:visible article')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')).sort())
    const slugs = (ps: typeof publications) => ps.map((p) => p.slug).sort()
    await expect(page.locator('form[data-filter]')).toBeVisible()

    // A word from the content that narrows the list: in some papers' titles or authors, not in all.
    const searchable = (p: (typeof publications)[number]) =>
      `${p.title} ${p.authors.map((a) => a.name).join(' ')}`.toLowerCase()
    const words = [...new Set(publications.flatMap((p) => p.title.toLowerCase().match(/\p{L}{5,}/gu) ?? []))]
    const word = words.find((w) => {
      const n = publications.filter((p) => searchable(p).includes(w)).length
      return n > 0 && n < publications.length
    })
    expect(word, 'no title word narrows the list').toBeTruthy()
    await page.getByLabel('Search titles and authors').fill(word!)
    const matching = slugs(publications.filter((p) => searchable(p).includes(word!)))
    expect(matching.length).toBeLessThan(publications.length)
    expect(await visible()).toEqual(matching)
    await expect(page.locator('form[data-filter] output')).toContainText('Showing')

    await page.getByRole('button', { name: 'Clear' }).click()
    expect(await visible()).toEqual(slugs(publications))

    const status = publications[0]!.status
    await page.getByLabel('Status').selectOption(status)
    expect(await visible()).toEqual(slugs(publications.filter((p) => p.status === status)))

    await page.getByRole('button', { name: 'Clear' }).click()
    const topic = publications.flatMap((p) => p.tags)[0]!
    await page.getByLabel('Topic').selectOption(topic)
    expect(await visible()).toEqual(slugs(publications.filter((p) => p.tags.includes(topic))))

    await page.getByLabel('Search titles and authors').fill('no paper has this phrase')
    expect(await visible()).toEqual([])
    await expect(page.locator('[data-filter-group]:visible')).toHaveCount(0)
  })

  test('on a wide screen the controls sit on one line, their labels and boxes aligned', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto('/publications/')
    const boxes = await page.locator('form[data-filter]').evaluate((form) =>
      [...form.querySelectorAll('input, select, button')].map((el) => {
        const box = el.getBoundingClientRect()
        const label = el.closest('label')?.getBoundingClientRect()
        return { top: box.top, height: box.height, labelTop: label?.top }
      }),
    )
    expect(boxes.length).toBe(4)
    expect(new Set(boxes.map((b) => b.top)).size, JSON.stringify(boxes)).toBe(1)
    expect(new Set(boxes.map((b) => b.height)).size, JSON.stringify(boxes)).toBe(1)
    expect(
      new Set(boxes.flatMap((b) => (b.labelTop === undefined ? [] : [b.labelTop]))).size,
      JSON.stringify(boxes),
    ).toBe(1)
  })

  test('on a phone the choices fold under "Filters", so the first paper is on the first screen', async ({ page }) => {
    // 375 x 667: the smallest phone screen in common use.
    await page.setViewportSize({ width: 375, height: 667 })
    await page.goto('/publications/')
    await enhanced(page)
    const first = page.locator('article[data-slug] h3').first()
    const box = await first.boundingBox()
    expect(box && box.y + box.height, "the first paper's title ends on the first screen").toBeLessThanOrEqual(667)
    await expect(page.getByLabel('Status')).toBeHidden()
    await page.getByText('Filters', { exact: true }).click()
    const status = publications[0]!.status
    await page.getByLabel('Status').selectOption(status)
    await expect(page.locator('[data-filter-item]:visible article')).toHaveCount(
      publications.filter((p) => p.status === status).length,
    )
  })

  test('without JavaScript the controls stay hidden and the list is complete', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/publications/')
    await expect(page.locator('form[data-filter]')).toBeHidden()
    await expect(page.locator('article[data-slug]:visible')).toHaveCount(publications.length)
    await context.close()
  })
})
