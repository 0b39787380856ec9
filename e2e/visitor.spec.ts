import { expect, test, type Page } from '@playwright/test'
import { news, posts, publications, routes, enhanced, sitemapRoutes, talks } from './content'
import { arrayOf, objectOf, parseJson, stringOf, vercelHeadersFor } from '../scripts/shared/json'

const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
const WHITE = 'rgb(255, 255, 255)'

test.describe('theme', () => {
  test('follows the system preference, without JavaScript too', async ({ browser }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ colorScheme: 'dark', javaScriptEnabled })
      const page = await context.newPage()
      await page.goto('/')
      expect(await bodyBackground(page)).not.toBe(WHITE)
      await context.close()
    }
    const light = await browser.newContext({ colorScheme: 'light', javaScriptEnabled: false })
    const page = await light.newPage()
    await page.goto('/')
    expect(await bodyBackground(page)).toBe(WHITE)
    await expect(page.locator('button[data-theme-toggle]').first()).toBeHidden()
    await light.close()
  })

  test('the toggle switches, is keyboard operable, and is remembered without a flash', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'light', viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await page.goto('/')
    await enhanced(page)
    const toggle = page.locator('button[data-theme-toggle]:visible')
    await expect(toggle).toHaveCount(1)
    await expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await toggle.focus()
    await page.keyboard.press('Enter')
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    expect(await bodyBackground(page)).not.toBe(WHITE)

    // On the next page the stored choice is applied by the head script, before any other script runs.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive')
          (window as unknown as { themeAtParse: string }).themeAtParse = document.documentElement.dataset.theme ?? ''
      })
    })
    await page.goto('/publications/')
    expect(await page.evaluate(() => (window as unknown as { themeAtParse: string }).themeAtParse)).toBe('dark')
    expect(await bodyBackground(page)).not.toBe(WHITE)

    await page.locator('button[data-theme-toggle]:visible').click()
    await page.reload()
    expect(await bodyBackground(page)).toBe(WHITE)
    await context.close()
  })
})

test('the keyboard reaches a skip link first, and it moves focus to the content', async ({ page }) => {
  await page.goto('/publications/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
})

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG')
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
}

test('every page has its own title, description, canonical URL, OpenGraph and Twitter tags, and the feed link', async ({
  page,
}) => {
  const titles = new Set<string>()
  const images = new Set<string>()
  for (const route of routes) {
    await page.goto(route)
    const title = await page.title()
    expect(titles.has(title), `${route}: title "${title}" is used twice`).toBe(false)
    titles.add(title)
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^.{20,}$/)
    const endsWithRoute = new RegExp(`${route.replace(/[/.]/g, '\\$&')}$`)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', endsWithRoute)
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/)
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', endsWithRoute)
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
    // Its OG image: a 1200x630 PNG made by the build, unique to the page.
    const image = await page.locator('meta[property="og:image"]').getAttribute('content')
    expect(image, route).toMatch(/^https?:\/\/.+\/og\/[a-z0-9-]+\.png$/)
    const png = await page.request.get(new URL(image ?? '').pathname)
    expect(png.status(), `${route}: ${image}`).toBe(200)
    expect(pngSize(await png.body())).toEqual([1200, 630])
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', image ?? '')
    expect(images.has(image ?? ''), `${route}: OG image shared with another page`).toBe(false)
    images.add(image ?? '')
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      /\/feed\.xml$/,
    )
    await expect(page.locator('link[rel="icon"]')).toHaveCount(1)
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0)
  }
})

test('sitemap.xml lists every page and robots.txt points at it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname).sort()
  expect(locs).toEqual([...sitemapRoutes].sort())
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toMatch(/^Allow: \/$/m)
  expect(robots).toMatch(/^Sitemap: \S+\/sitemap\.xml$/m)
})

test('the Atom feed holds every publication, talk and news item', async ({ request }) => {
  const response = await request.get('/feed.xml')
  expect(response.status()).toBe(200)
  const xml = await response.text()
  expect(xml).toMatch(/^<\?xml[^>]*\?>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/)
  const ids = [...xml.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>/g)].map((m) => new URL(m[1] ?? '').pathname).sort()
  expect(ids).toEqual(
    [
      ...publications.map((p) => p.url),
      ...talks.map((t) => t.url),
      ...posts.filter((p) => !p.draft).map((p) => p.url),
      ...news.map(() => '/news/'),
    ].sort(),
  )
})

test('the web manifest is linked once the page has painted, names the site, and its icons exist', async ({
  page,
  request,
}) => {
  // Not in the HTML, where the browser would fetch it beside the page: the theme script adds it after the first paint.
  const html = await (await request.get('/')).text()
  expect(html).not.toContain('rel="manifest"')
  await page.goto('/')
  await enhanced(page)
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest')
  const manifest = objectOf(parseJson(await (await request.get('/manifest.webmanifest')).text()), 'manifest')
  expect(manifest.name).toBeTruthy()
  for (const icon of arrayOf(manifest.icons, 'icons')) {
    const src = stringOf(objectOf(icon, 'icon').src, 'icon src')
    const r = await request.get(src)
    expect(r.status(), src).toBe(200)
  }
})

test("every page works under vercel.json's security headers, with no Content-Security-Policy violation", async ({
  page,
}) => {
  // Each response gets the headers vercel.json gives its path (the search page's CSP also allows WebAssembly).
  expect(vercelHeadersFor('/')['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(vercelHeadersFor('/')['content-security-policy']).not.toContain('wasm-unsafe-eval')
  expect(vercelHeadersFor('/search/')['content-security-policy']).toContain("'wasm-unsafe-eval'")
  await page.route('**/*', async (route) => {
    const response = await route.fetch()
    const headers = vercelHeadersFor(new URL(route.request().url()).pathname)
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } })
  })
  const violations: string[] = []
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    )
  })
  for (const route of routes) {
    await page.goto(route)
    await page.waitForLoadState('networkidle')
  }
  // The enhancement script still runs: the theme toggle and the publication filter are live.
  await page.goto('/publications/')
  await expect(page.locator('form[data-filter]')).toBeVisible()
  await expect(page.locator('button[data-theme-toggle]:visible')).toHaveCount(1)
  expect(violations).toEqual([])
  // Strict: each page's own <style> and theme script run by hash, and any other inline style or script is refused.
  const probe = await page.evaluate(() => {
    const style = document.createElement('style')
    style.textContent = 'html { --probe: 1 }'
    document.head.append(style)
    const script = document.createElement('script')
    script.textContent = 'document.documentElement.dataset.probe = "ran"'
    document.head.append(script)
    return [
      getComputedStyle(document.documentElement).getPropertyValue('--probe'),
      document.documentElement.dataset.probe,
    ]
  })
  expect(probe).toEqual(['', undefined])
  // (The script is refused by both the header's policy and the page's; the style by the page's, which alone names styles.)
  await expect
    .poll(() => [...new Set(violations.map((v) => v.split(' ')[0]))].sort())
    .toEqual(['script-src-elem', 'style-src-elem'])
})

test('the keyboard reaches every control on a page, each with a visible focus outline', async ({ page }) => {
  for (const route of ['/', '/publications/', publications[0]!.url, '/cv/']) {
    await page.goto(route)
    await enhanced(page)
    const controls = await page
      .locator('a[href]:visible, button:visible, input:visible, select:visible, [tabindex="0"]:visible')
      .evaluateAll((els) => els.map((e, i) => (e.setAttribute('data-control', String(i)), String(i))))
    const reached = new Set<string>()
    for (let i = 0; i < controls.length + 5; i++) {
      await page.keyboard.press('Tab')
      const focus = await page.evaluate(() => {
        const el = document.activeElement
        if (!el || el === document.body) return null
        const style = getComputedStyle(el)
        return {
          id: el.getAttribute('data-control'),
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        }
      })
      if (focus?.id) {
        expect(focus.outline, `${route}: control ${focus.id} has no visible focus outline`).toBe(true)
        reached.add(focus.id)
      }
    }
    expect(
      [...controls].filter((c) => !reached.has(c)),
      `${route}: controls the keyboard never reached`,
    ).toEqual([])
  }
})

test("at 1280 px the header's name, menu items and buttons share one centre line", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  for (const route of routes) {
    await page.goto(route)
    const centres = await page
      .locator('[data-site-header] a:visible, [data-site-header] button:visible')
      .evaluateAll((els) =>
        els.map((el) => {
          const b = el.getBoundingClientRect()
          return { what: el.textContent?.trim() || el.getAttribute('aria-label'), centre: b.top + b.height / 2 }
        }),
      )
    const ys = centres.map((c) => c.centre)
    expect(Math.max(...ys) - Math.min(...ys), `${route}: ${JSON.stringify(centres)}`).toBeLessThanOrEqual(0.5)
  }
})
