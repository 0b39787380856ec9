import { expect, test } from '@playwright/test'
import { vercelHeadersFor } from '../scripts/shared/json'
import { SEARCH_PAGE } from '../lib/site'
import { posts, publications, talks } from './content'

// The site search on the real site, served with the headers vercel.json gives each path (the
// search page's CSP allows WebAssembly for Pagefind; no other page's does).
test('search finds every paper by its title and by a co-author, loading nothing until the visitor types', async ({
  page,
}) => {
  await page.route('**/*', async (route) => {
    const response = await route.fetch()
    const headers = vercelHeadersFor(new URL(route.request().url()).pathname)
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } })
  })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  const index: string[] = []
  page.on('request', (r) => void (r.url().includes('/pagefind/') && index.push(r.url())))
  await page.goto(SEARCH_PAGE.href)
  // The search script loads after the first paint: wait until it listens (a quiet network can come first).
  await page.locator('form[data-search][data-ready]').waitFor({ state: 'attached' })
  await page.waitForLoadState('networkidle')
  expect(index).toEqual([])
  const input = page.getByRole('searchbox', { name: 'Search the site' })
  for (const p of publications) {
    for (const query of [p.title.split(':')[0] ?? p.title, p.authors.at(-1)?.name ?? '']) {
      await input.fill(query)
      await expect(page.locator('[data-search-status]')).toContainText(`for “${query}”`)
      await expect(page.locator(`.search-result a[href="${p.url}"]`), `${query} finds ${p.url}`).toHaveCount(1)
    }
  }
  expect(index.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true)
  expect(errors).toEqual([])
})

test("a snippet is the entry's own text: no link back to its list, no words only screen readers hear", async ({
  page,
}) => {
  await page.goto(SEARCH_PAGE.href)
  await page.locator('form[data-search][data-ready]').waitFor({ state: 'attached' })
  const input = page.getByRole('searchbox', { name: 'Search the site' })
  const marked = publications.flatMap((p) =>
    p.authors.filter((a) => a.equal || a.corresponding).map((a) => [p, a] as const),
  )
  expect(marked.length, 'some author carries a mark').toBeGreaterThan(0)
  for (const [p, a] of [...publications.map((p) => [p, p.authors[0]!] as const), ...marked]) {
    for (const query of [p.title.split(':')[0] ?? p.title, a.name]) {
      await input.fill(query)
      const result = page.locator(`.search-result:has(a[href="${p.url}"])`)
      await expect(result, query).toHaveCount(1)
      const snippet = await result.locator('p').last().innerText()
      expect(snippet, query).not.toMatch(/All publications|equal contribution|corresponding author/)
    }
  }
})

test('the search page promises only what the site holds: talks and posts once there are some', async ({ page }) => {
  await page.goto('/search/')
  const kinds = page.locator('[data-search-kinds]')
  await expect(kinds).toContainText(publications.length > 0 ? 'Papers (by title' : 'Pages')
  for (const [word, entries] of [
    ['talks', talks.length],
    ['posts', posts.length],
  ] as const) {
    if (entries > 0) await expect(kinds).toContainText(word)
    else await expect(kinds).not.toContainText(word)
  }
})
