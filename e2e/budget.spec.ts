import { readdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { expect, test, type Request } from '@playwright/test'
import { SEARCH_PAGE } from '../lib/site'
import { enhanced, routes } from './content'

const JS_BUDGET_BYTES = 10 * 1024

test('every page ships only the site’s own JavaScript, under 10 KB gzipped, and no framework runtime', async ({
  page,
  request,
}) => {
  for (const route of routes) {
    const loaded: string[] = []
    const onRequest = (r: Request) => void (r.resourceType() === 'script' && loaded.push(new URL(r.url()).pathname))
    page.on('request', onRequest)
    await page.goto(route)
    // The enhancement script loads after the page does (lib/theme-script.ts): wait for it, not for a quiet network.
    await enhanced(page)
    await page.waitForLoadState('networkidle')
    page.off('request', onRequest)
    // The search page alone has a script of its own; Pagefind's waits until the visitor types.
    expect(loaded.sort(), route).toEqual(route === SEARCH_PAGE.href ? ['/enhance.js', '/search.js'] : ['/enhance.js'])
    // Every <script> in the page is ours: the marked ones (theme, enhancement) and JSON-LD data.
    const foreign = await page.locator('script:not([data-site-script]):not([type="application/ld+json"])').count()
    expect(foreign, `${route}: scripts that are not the site's own`).toBe(0)
    const inline = await page
      .locator('script[data-site-script]:not([src])')
      .evaluateAll((els) => els.map((e) => e.textContent ?? ''))
    // Fetched again for its bytes: the browser's copy may be a cached 304 without a body.
    const files = await Promise.all(loaded.map(async (path) => gzipSync(await (await request.get(path)).body()).length))
    const total = [...files, ...inline.map((code) => gzipSync(code).length)].reduce((a, b) => a + b, 0)
    expect(total, `${route}: ${total} bytes of gzipped JavaScript`).toBeLessThanOrEqual(JS_BUDGET_BYTES)
  }
})

test('the export holds no runtime chunks and no RSC payloads', () => {
  const files = readdirSync('out', { recursive: true, encoding: 'utf8' }).map((f) => f.split('\\').join('/'))
  expect(files.filter((f) => f.startsWith('_next/') && f.endsWith('.js'))).toEqual([])
  expect(files.filter((f) => /(^|\/)(index|__next\.[^/]*)\.txt$/.test(f))).toEqual([])
})
