import { expect, test } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, PDFName } from 'pdf-lib'
import { site } from '../lib/site'
import { newestPublicationFirst } from '../lib/format'
import { activities, awards, experiences, profile, projects, publications, teachings } from './content'
import { validate as validateResume } from '@jsonresume/schema'

// A4 in PDF points.
const A4 = { width: 595.28, height: 841.89 }

const expectedSections = [
  ['Education', 1 + profile.degrees.length + experiences.filter((e) => e.kind === 'education').length],
  ['Research interests', profile.interests.length],
  ['Publications', publications.length],
  ['Industry experience', experiences.filter((e) => e.kind === 'industry').length],
  ['Research experience', experiences.filter((e) => e.kind === 'research').length],
  ['Teaching', teachings.length],
  ['Projects', projects.length],
  ['Awards', awards.length],
  ['Activities', activities.length],
].filter(([, n]) => Number(n) > 0) as [string, number][]

test('the CV holds every section and every entry of the content', async ({ page }) => {
  await page.goto('/cv/')
  await expect(page.locator('main section h2')).toHaveText(expectedSections.map(([t]) => t))
  for (const [title, count] of expectedSections) {
    await expect(
      page
        .locator('main section')
        .filter({ has: page.locator(`h2:text-is("${title}")`) })
        .locator('[data-cv-entry]'),
      title,
    ).toHaveCount(count)
  }
  for (const p of publications) await expect(page.locator('main')).toContainText(p.title)
  await expect(page.locator('main [data-owner]')).toHaveCount(publications.length)
})

test("a degree's or position's link is its organisation's name, as on the experience page, never its title", async ({
  page,
}) => {
  await page.goto('/cv/')
  const entries = page.locator('[data-cv-entry]')
  for (const d of profile.degrees.filter((d) => d.institution.url)) {
    const entry = entries.filter({ hasText: d.institution.name })
    await expect(entry.getByRole('link', { name: d.institution.name, exact: true })).toHaveAttribute(
      'href',
      d.institution.url!,
    )
    await expect(entry.locator('p').first().locator('a')).toHaveCount(0)
  }
  for (const e of experiences.filter((e) => e.url)) {
    const entry = entries.filter({ hasText: e.role }).filter({ hasText: e.organisation })
    await expect(entry.getByRole('link', { name: e.organisation, exact: true })).toHaveAttribute('href', e.url!)
    await expect(entry.locator('p').first().locator('a')).toHaveCount(0)
  }
})

test('printed, the CV is a clean A4 document: no navigation or toggle, link targets written out, a few pages', async ({
  page,
}) => {
  await page.goto('/cv/')
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('[data-site-header]')).toBeHidden()
  await expect(page.locator('[data-site-footer]')).toBeHidden()
  await expect(page.getByRole('link', { name: 'Download as PDF' })).toBeHidden()
  const after = await page
    .locator('main a[href^="http"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content)
  expect(after).toContain('http')
  for (const [title] of expectedSections) await expect(page.locator(`main h2:text-is("${title}")`)).toBeVisible()
  const color = await page.locator('main h1').evaluate((h) => getComputedStyle(h).color)
  expect(color).toBe('rgb(0, 0, 0)')

  const pdf = await PDFDocument.load(await page.pdf({ format: 'A4', preferCSSPageSize: true }))
  const pages = pdf.getPageCount()
  expect(pages).toBeGreaterThanOrEqual(2)
  expect(pages).toBeLessThanOrEqual(5)
  const { width, height } = pdf.getPage(0).getSize()
  expect(Math.round(width)).toBe(Math.round(A4.width))
  expect(Math.round(height)).toBe(Math.round(A4.height))
})

test('cv.pdf is built with the site, linked from /cv/, and is an A4 PDF of the CV', async ({ page, request }) => {
  await page.goto('/cv/')
  const href = await page.getByRole('link', { name: 'Download as PDF' }).getAttribute('href')
  expect(href).toBe('/cv.pdf')
  const response = await request.get('/cv.pdf')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('application/pdf')
  const pdf = await PDFDocument.load(await response.body())
  expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1)
  expect(pdf.getPageCount()).toBeLessThanOrEqual(5)
  expect(pdf.getTitle()).toContain(profile.name)
  const { width, height } = pdf.getPage(0).getSize()
  expect(Math.round(width)).toBe(Math.round(A4.width))
  expect(Math.round(height)).toBe(Math.round(A4.height))
})

test('cv.pdf is tagged (PDF/UA): its language, its headings and entries in reading order, every character drawn', async ({
  request,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'cv-pdf-'))
  try {
    const file = join(dir, 'cv.pdf')
    const bytes = await (await request.get('/cv.pdf')).body()
    writeFileSync(file, bytes)
    // Poppler's own readers: pdfinfo for the tags and the structure tree, pdftotext for the text.
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m)
    const pdf = await PDFDocument.load(bytes)
    expect(String(pdf.catalog.get(PDFName.of('Lang')))).toBe(`(${site.locale})`)
    const tree = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' })
    const sects = tree.split(/^  Sect$/m).slice(1)
    const quoted = (block: string, tag: string) =>
      [...block.matchAll(new RegExp(`^\\s+${tag} \\(block\\)\\n\\s+"(.*)"$`, 'gm'))].map((m) => m[1])
    expect(quoted(tree, 'H1')[0]).toContain(profile.name)
    expect(sects.map((s) => quoted(s, 'H2')[0])).toEqual(expectedSections.map(([t]) => t))
    sects.forEach((s, i) =>
      expect(s.match(/^\s+LI \(block\)$/gm)?.length, expectedSections[i]![0]).toBe(expectedSections[i]![1]),
    )
    // The legend of marks, closing the publications (where the marks are), naming only the marks used.
    const papers = expectedSections.findIndex(([t]) => t === 'Publications')
    for (const [mark, words] of [
      ['equal', 'equal contribution'],
      ['corresponding', 'corresponding author'],
    ] as const) {
      const used = publications.some((p) => p.authors.some((a) => a[mark]))
      sects.forEach((s, i) =>
        expect(s.includes(words), `${words} in ${expectedSections[i]![0]}`).toBe(used && i === papers),
      )
    }
    if (papers >= 0) expect(sects[papers]!.trimEnd().split('\n').slice(-2)[0]).toMatch(/^\s+P \(block\)$/)

    // Compared without white space and hyphens: line breaks move the one, pdftotext joins words over the other.
    const bare = (s: string) => s.replace(/[\s\-\uFE0F]+/g, '')
    const text = bare(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }))
    const at = [...publications].sort(newestPublicationFirst).map((p) => text.indexOf(bare(p.title)))
    expect(
      at.every((i) => i >= 0),
      'every paper title',
    ).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    // Emoji and symbols too: nothing the page shows is missing from the PDF.
    for (const p of projects) expect(text).toContain(bare(p.description))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('resume.json is the CV as JSON Resume: valid against its schema, linked from /cv/, every entry there', async ({
  page,
  request,
}) => {
  await page.goto('/cv/')
  const link = page.getByRole('link', { name: 'JSON Resume' })
  await expect(link).toHaveAttribute('href', '/resume.json')
  const response = await request.get('/resume.json')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('application/json')
  const resume = (await response.json()) as Record<string, unknown>
  // The schema's own validator (@jsonresume/schema, with jsonschema).
  const errors = await new Promise<unknown>((resolve) => validateResume(resume, (e: unknown) => resolve(e)))
  expect(errors, JSON.stringify(errors)).toBeNull()
  const basics = resume.basics as Record<string, unknown>
  expect(basics.name).toBe(profile.name)
  expect(basics.email).toBe(profile.email)
  const count = (key: string) => (resume[key] as unknown[]).length
  expect(count('publications')).toBe(publications.length)
  expect(count('awards')).toBe(awards.length)
  expect(count('projects')).toBe(projects.length)
  expect(count('volunteer')).toBe(activities.length)
  expect(count('work')).toBe(experiences.filter((e) => e.kind !== 'education').length + teachings.length)
  expect(count('education')).toBe(
    (profile.university ? 1 : 0) + profile.degrees.length + experiences.filter((e) => e.kind === 'education').length,
  )
  const names = (resume.publications as { name: string }[]).map((p) => p.name)
  for (const p of publications) expect(names).toContain(p.title)
})
