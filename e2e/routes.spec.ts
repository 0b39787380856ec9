import { expect, test } from '@playwright/test'
import { SEARCH_PAGE, site } from '../lib/site'
import { DOCUMENT_TYPES } from '../lib/model/schema'
import { allDocuments, profile, publications, redirects, routes, sectionRoutes } from './content'

test.describe('every route', () => {
  for (const route of routes) {
    test(`${route} answers 200 with one h1, a title and no request to another origin`, async ({ page, baseURL }) => {
      const foreign: string[] = []
      page.on('request', (req) => {
        if (!req.url().startsWith(`${baseURL}/`) && !req.url().startsWith('data:')) foreign.push(req.url())
      })
      const response = await page.goto(route)
      expect(response?.status()).toBe(200)
      await expect(page.locator('h1')).toHaveCount(1)
      await expect(page.locator('h1')).not.toBeEmpty()
      expect(await page.title()).not.toBe('')
      await expect(page.locator('main#main')).toHaveCount(1)
      await page.waitForLoadState('networkidle')
      expect(foreign).toEqual([])
    })
  }
})

test('an unknown path gets the 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/no/such/page/')
  expect(response?.status()).toBe(404)
  await expect(page.locator('h1')).toHaveText('Page not found')
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  // Helpful: every section of the menu to go on from, and a search that lands on its results.
  await expect(page.locator('main [data-not-found-sections] a')).toHaveText(site.nav.map((n) => n.label))
  const paper = publications[0]
  if (paper) {
    await page.getByRole('searchbox', { name: 'Search the site' }).fill(paper.title.split(':')[0] ?? paper.title)
    await page.getByRole('button', { name: 'Search' }).click()
    await page.waitForURL(/\/search\/\?q=/)
    await expect(page.locator(`.search-result a[href="${paper.url}"]`)).toHaveCount(1)
  }
})

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 375, height: 740 },
]) {
  test(`the navigation reaches every section at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport)
    await page.goto('/')
    const nav = page.getByRole('navigation', { name: 'Main' })
    const hrefs = await nav
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
    expect(hrefs.filter((href) => href !== SEARCH_PAGE.href)).toEqual([...sectionRoutes])
    // The search is an icon in the header, beside the theme toggle, on a phone and a laptop.
    await expect(page.locator(`header a[href="${SEARCH_PAGE.href}"]:visible`)).toHaveCount(1)
    for (const route of sectionRoutes) {
      const link = nav.locator(`a[href="${route}"]`)
      await expect(link).toBeVisible()
      await link.click()
      await expect(page).toHaveURL(route)
      await expect(page.locator('h1')).toBeVisible()
      await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('href', route)
    }
  })
}

test('no page scrolls sideways on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  for (const route of routes) {
    await page.goto(route)
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow, route).toBeLessThanOrEqual(0)
  }
})

test('external links carry rel="noopener noreferrer"', async ({ page, baseURL }) => {
  for (const route of routes) {
    await page.goto(route)
    const bad = await page.locator('a[href^="http"]').evaluateAll(
      (links, origin) =>
        links
          .filter((a) => !(a as HTMLAnchorElement).href.startsWith(origin))
          .filter(
            (a) => !['noopener', 'noreferrer'].every((t) => (a.getAttribute('rel') ?? '').split(/\s+/).includes(t)),
          )
          .map((a) => a.getAttribute('href')),
      `${baseURL}/`,
    )
    expect(bad, route).toEqual([])
  }
})

for (const { from, to } of redirects) {
  test(`the old address ${from} leads to ${to}`, async ({ page, request }) => {
    // As jekyll-redirect-from writes it: never indexed, canonical to the target, then the refresh.
    const html = await (await request.get(from)).text()
    expect(html).toContain('<meta name="robots" content="noindex">')
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${to}">`))
    await page.goto(from)
    await expect(page).toHaveURL(to)
    await expect(page.locator('h1')).toHaveCount(1)
    if (to === '/') await expect(page.locator('h1')).toContainText(profile.name)
  })
}

test('a section without entries has no page and no navigation item; one with entries has both', async ({
  page,
  request,
}) => {
  await page.goto('/')
  // Free-form pages have no section: they are in the menu only when the author asks (menu: true).
  for (const type of DOCUMENT_TYPES.flatMap((t) => (t.optional && t.page ? [{ ...t, page: t.page }] : []))) {
    // Types that share a page (awards and activities) keep it while either has entries.
    const has = allDocuments.some((d) => DOCUMENT_TYPES.find((t) => t.name === d.type)?.page === type.page)
    expect((await request.get(type.page)).status(), type.page).toBe(has ? 200 : 404)
    await expect(page.locator(`nav[aria-label="Main"] a[href="${type.page}"]`)).toHaveCount(has ? 1 : 0)
  }
})

test('a production build is indexed: no page says noindex or carries the preview banner', async ({ request }) => {
  for (const route of routes) {
    const html = await (await request.get(route)).text()
    expect(html, route).not.toMatch(/<meta name="robots" content="noindex|Preview build/)
  }
})
