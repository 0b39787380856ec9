import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  activities,
  awards,
  experiences,
  ownerNames,
  profile,
  projects,
  publications,
  routes,
  squash,
  teachings,
} from './content'
import { newestPublicationFirst } from '../lib/format'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

async function text(locator: Locator): Promise<string> {
  return squash(await locator.innerText())
}

/** The plain text of a Markdown line: link syntax and list markers removed. */
function plain(markdown: string): string {
  return squash(markdown.replace(/^\s*[-*]\s+/, '').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1'))
}

test('the home page shows the whole profile', async ({ page }) => {
  await page.goto('/')
  const h1 = page.locator('h1')
  await expect(h1).toContainText(profile.name)
  if (profile.alternateName) await expect(h1).toContainText(profile.alternateName)
  const main = page.locator('main')
  const body = await text(main)
  for (const fact of [profile.position, profile.department, profile.university?.name, profile.location])
    if (fact) expect(body).toContain(fact)
  for (const s of profile.supervisors) {
    expect(body).toContain(s.name)
    if (s.url) await expect(main.locator(`a[href="${s.url}"]`).first()).toBeVisible()
  }
  for (const i of profile.interests) {
    expect(body).toContain(i.area)
    if (i.detail) expect(body).toContain(i.detail)
  }
  if (profile.collaboration) expect(body).toContain(profile.collaboration)
  // Without a portrait the name stands alone: no stand-in that looks like a missing photo.
  const card = page.locator(`main header[data-doc="${profile._raw.sourceFilePath}"]`)
  if (!profile.photo) {
    await expect(card.locator('img')).toHaveCount(0)
    await expect(card.locator(':scope > [aria-hidden="true"]')).toHaveCount(0)
  } else await expect(card.getByAltText(`Portrait of ${profile.name}`)).toBeVisible()
  // "Contact me" leads to the address where there is one, and is no call to action where there is none.
  const contact = profile.email ? `mailto:${profile.email}` : profile.links.find((l) => l.kind === 'email')?.url
  const call = page.getByRole('complementary', { name: 'Collaboration' })
  if (contact) {
    await expect(page.locator('footer').locator(`a[href="${contact}"]`)).toHaveCount(1)
    if (profile.collaboration) await expect(call.locator(`a[href="${contact}"]`)).toHaveCount(1)
  } else {
    await expect(page.locator('a[href^="mailto:"]')).toHaveCount(0)
    await expect(call).toHaveCount(0)
  }
  for (const line of profile.body.raw.split('\n').filter((l) => l.trim())) expect(body).toContain(plain(line))
  for (const link of profile.links) await expect(main.locator(`a[href="${link.url}"]`)).toBeVisible()

  const selected = publications
    .filter((p) => p.selected)
    .map((p) => p.slug)
    .sort()
  const shown = await page
    .locator('section[aria-labelledby="selected-publications"] article[data-slug]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')))
  expect([...shown].sort()).toEqual(selected)
})

test('the publications page lists every paper, grouped by year, newest first', async ({ page }) => {
  await page.goto('/publications/')
  const shown = await page
    .locator('article[data-slug]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')))
  const expected = [...publications].sort(newestPublicationFirst).map((p) => p.slug)
  expect(shown).toEqual(expected)
  const years = [...new Set(publications.map((p) => p.year))].sort((a, b) => b - a).map(String)
  await expect(page.locator('main h2')).toHaveText(years)
  for (const p of publications) {
    const item = page.locator(`article[data-slug="${p.slug}"]`)
    await expect(item.getByRole('link', { name: p.title, exact: true })).toHaveAttribute('href', p.url)
    await expect(item.locator('[data-status]')).toHaveAttribute('data-status', p.status)
    if (p.venue) await expect(item.locator('[data-status]')).toHaveText(p.venue.short ?? p.venue.name)
    await expect(item.locator('time')).toHaveAttribute(
      'datetime',
      p.month ? `${p.year}-${String(p.month).padStart(2, '0')}` : String(p.year),
    )
  }
  await expectLegend(
    page,
    publications.flatMap((p) => p.authors),
  )
})

/** The legend names a mark only when an author in the lists it explains carries it. */
async function expectLegend(page: Page, authors: { equal?: boolean; corresponding?: boolean }[]) {
  const legend = page.locator('main [data-legend]')
  await expect(legend).toContainText('the site’s author')
  for (const [mark, words] of [
    ['equal', 'equal contribution'],
    ['corresponding', 'corresponding author'],
  ] as const) {
    if (authors.some((a) => a[mark])) await expect(legend).toContainText(words)
    else await expect(legend).not.toContainText(words)
  }
}

for (const p of publications) {
  test(`paper page ${p.url} shows the paper`, async ({ page }) => {
    expect((await page.goto(p.url))?.status()).toBe(200)
    await expect(page.locator('h1')).toHaveText(p.title)
    await expect(page).toHaveTitle(new RegExp(`^${p.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
    const authors = page.locator('main .authors')
    await expect(authors.locator('[data-author]')).toHaveText(p.authors.map((a) => a.name))
    await expect(authors.locator('[data-mark="equal"]')).toHaveCount(p.authors.filter((a) => a.equal).length)
    await expect(authors.locator('[data-mark="corresponding"]')).toHaveCount(
      p.authors.filter((a) => a.corresponding).length,
    )
    const { arxiv, openreview } = p.links ?? {}
    if (arxiv) await expect(page.locator(`main a[href="https://arxiv.org/abs/${arxiv}"]`)).toBeVisible()
    if (openreview)
      await expect(page.locator(`main a[href="https://openreview.net/forum?id=${openreview}"]`)).toBeVisible()
    if (p.venue) await expect(page.locator('main')).toContainText(p.venue.name)
    if (p.abstract) await expect(page.locator('main')).toContainText(p.abstract)
    await expectLegend(page, p.authors)
  })
}

test('marks are as large as the names they follow at 375 px, and named for screen readers', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 })
  const marked = publications.filter((p) => p.authors.some((a) => a.equal || a.corresponding))
  expect(marked.length, 'some paper carries a mark').toBeGreaterThan(0)
  for (const p of marked) {
    await page.goto(p.url)
    const authors = page.locator('main .authors')
    for (const [mark, name] of [
      ['equal', 'equal contribution'],
      ['corresponding', 'corresponding author'],
    ] as const) {
      const count = p.authors.filter((a) => a[mark]).length
      await expect(authors.getByRole('img', { name: `(${name})` }), p.url).toHaveCount(count)
      for (const m of await authors.locator(`[data-mark="${mark}"]`).all()) {
        const [own, text] = await m.evaluate((el) => [
          parseFloat(getComputedStyle(el).fontSize),
          parseFloat(getComputedStyle(el.closest('.authors')!).fontSize),
        ])
        expect(own, `${p.url} ${mark} mark`).toBeGreaterThanOrEqual(text)
      }
    }
  }
})

test('the owner is highlighted in every author list on every page', async ({ page }) => {
  let lists = 0
  for (const route of routes) {
    await page.goto(route)
    for (const list of await page.locator('.authors').all()) {
      lists++
      const owner = list.locator('[data-owner]')
      await expect(owner, route).toHaveCount(1)
      expect(ownerNames, route).toContain(squash(await owner.innerText()))
      await expect(owner, route).toHaveCSS('font-weight', '600')
      await expect(owner, `${route}: bold is the one highlight`).toHaveCSS('text-decoration-line', 'none')
      const others = await list.locator('[data-author]:not([data-owner])').allInnerTexts()
      for (const name of others) expect(ownerNames, route).not.toContain(squash(name))
    }
  }
  // home (selected) + the list + one per paper page + the CV
  expect(lists).toBe(publications.filter((p) => p.selected).length + publications.length * 3)
})

test('the experience page shows every position and degree', async ({ page }) => {
  await page.goto('/experience/')
  const main = page.locator('main')
  await expect(main.locator('li[data-doc]')).toHaveCount(experiences.length)
  for (const e of experiences) {
    const entry = main.locator(`li[data-doc="${e._raw.sourceFilePath}"]`)
    await expect(entry).toContainText(e.role)
    await expect(entry).toContainText(e.organisation)
    if (e.unit) await expect(entry).toContainText(e.unit)
    if (e.url) await expect(entry.locator(`a[href="${e.url}"]`)).toBeVisible()
    await expect(entry.locator('time').first()).toHaveAttribute('datetime', e.start.slice(0, 7))
    await expect(entry).toContainText(`${MONTHS[Number(e.start.slice(5, 7)) - 1]} ${e.start.slice(0, 4)}`)
    if (e.end) await expect(entry.locator('time').nth(1)).toHaveAttribute('datetime', e.end.slice(0, 7))
    else await expect(entry).toContainText('Present')
  }
  const body = await text(main)
  for (const d of profile.degrees) {
    expect(body).toContain(d.degree)
    if (d.field) expect(body).toContain(d.field)
    expect(body).toContain(d.institution.name)
    for (const s of d.supervisors) expect(body).toContain(s.name)
  }
  expect(body).toContain(`${profile.position}, ${profile.department}`)
})

test('the teaching page shows every post', async ({ page }) => {
  await page.goto('/teaching/')
  await expect(page.locator('main li[data-doc]')).toHaveCount(teachings.length)
  for (const t of teachings) {
    const entry = page.locator(`main li[data-doc="${t._raw.sourceFilePath}"]`)
    for (const fact of [t.role, t.courseCode, t.courseTitle, t.institution, String(t.year)])
      if (fact) await expect(entry).toContainText(fact)
    await expect(entry).toContainText(new RegExp(t.term, 'i'))
  }
})

test('the projects page shows every project: its name leads to its page (with a body), else its repository or site', async ({
  page,
}) => {
  await page.goto('/projects/')
  await expect(page.locator('main li[data-doc]')).toHaveCount(projects.length)
  for (const p of projects) {
    const entry = page.locator(`main li[data-doc="${p._raw.sourceFilePath}"]`)
    const href = p.body.raw.trim() ? `/projects/${p.slug}/` : (p.repository ?? p.website)
    if (href) await expect(entry.getByRole('link', { name: p.name, exact: true })).toHaveAttribute('href', href)
    else await expect(entry.getByText(p.name, { exact: true })).toBeVisible()
    if (p.repository) await expect(entry).toContainText(p.repository.replace(/^https?:\/\//, ''))
    await expect(entry).toContainText(p.description)
  }
})

test('the awards page shows every award and activity', async ({ page }) => {
  await page.goto('/awards/')
  await expect(page.locator('main li[data-doc]')).toHaveCount(awards.length + activities.length)
  for (const a of awards) {
    const entry = page.locator(`main li[data-doc="${a._raw.sourceFilePath}"]`)
    for (const fact of [a.title, a.issuer, String(a.year)]) await expect(entry).toContainText(fact)
  }
  for (const a of activities) {
    const entry = page.locator(`main li[data-doc="${a._raw.sourceFilePath}"]`)
    for (const fact of [a.role, a.organisation]) await expect(entry).toContainText(fact)
  }
})
