// A migrated site of each shape, built and opened in Chromium: `npm run migrate -- <fixture> --replace`
// in a temporary copy of the project, then `npm run build`. Every migrated entry is on its page,
// every copied file is served, every old address lands on its new page, and the pages pass axe.
// Expectations come from the migrated content files and the report.
import assert from 'node:assert/strict'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import matter from 'gray-matter'
import { axeViolationsEachWay } from '../../scripts/shared/axe'
import { chromium, type Browser } from '@playwright/test'
import { chromiumLaunchOptions } from '../../scripts/shared/chromium'
import { YAML_ENGINE } from '../../lib/model/check'
import { DOCUMENT_TYPES, ownPage } from '../../lib/model/schema'
import { SECTIONS } from '../../lib/model/settings'
import { parse as parseYaml } from 'yaml'
import { filesBelow, freePort, ROOT, run, serveStatic, tempProject } from '../helpers'

const SITE_URL = 'https://site.example'

for (const site of ['academic-pages', 'al-folio'] as const) {
  describe(`a migrated ${site} site, built`, () => {
    let dir = ''
    let server: { url: string; close: () => Promise<void> } | undefined
    let browser: Browser | undefined
    let report = ''

    before(async () => {
      dir = tempProject()
      const migrated = await run(
        process.execPath,
        ['--import', 'tsx', join(ROOT, 'scripts/migrate.ts'), join(ROOT, 'tests/fixtures/migrate', site), '--replace'],
        dir,
      )
      assert.equal(migrated.code, 0, migrated.output)
      report = readFileSync(join(dir, 'migration-report.md'), 'utf8')
      const built = await run('npm', ['run', 'build'], dir, { SITE_URL })
      assert.equal(built.code, 0, built.output)
      server = await serveStatic(join(dir, 'out'), await freePort())
      browser = await chromium.launch(chromiumLaunchOptions)
    })
    after(async () => {
      await browser?.close()
      await server?.close()
      if (dir) rmSync(dir, { recursive: true, force: true })
    })

    /** The migrated documents a build shows (drafts are not built): file, type, the page that shows them, their old addresses. */
    const documents = () =>
      filesBelow(join(dir, 'content')).flatMap((file) => {
        const folder = file.split('/')[0] ?? ''
        const type = DOCUMENT_TYPES.find((t) => t.folder === folder)
        assert.ok(type, file)
        const slug = file.slice(folder.length + 1).replace(/\.mdx$/, '')
        const { data, content } = matter(readFileSync(join(dir, 'content', file), 'utf8'), YAML_ENGINE)
        // Its own page (a project only when it has a body), else the page that lists it.
        const own = ownPage(type, slug, content)
        const page = own ?? type.page ?? '/'
        const redirectFrom = Array.isArray(data.redirectFrom) ? data.redirectFrom.map(String) : []
        return data.draft === true ? [] : [{ file, type, page, own, data, redirectFrom }]
      })

    test("the migrated site passes the site's own checks (npm run check:out: links, policies, valid HTML)", async () => {
      const checked = await run('npm', ['run', 'check:out'], dir, { SITE_URL })
      assert.equal(checked.code, 0, checked.output)
      assert.match(checked.output, /HTML check passed: \d+ pages are valid HTML/)
    })

    test('every migrated entry is on its page in Chromium', async () => {
      assert.ok(browser && server)
      const page = await browser.newPage()
      try {
        for (const doc of documents()) {
          const response = await page.goto(server.url + doc.page)
          assert.equal(response?.status(), 200, `${doc.file}: ${doc.page}`)
          if (doc.type.name === 'Profile') {
            await page
              .locator('h1')
              .filter({ hasText: String(doc.data.name) })
              .waitFor()
            continue
          }
          const title = String(doc.data.title ?? doc.data.courseTitle ?? doc.data.name ?? '')
          const entry = page.locator(`[data-doc="${doc.file}"]`).first()
          assert.ok((await entry.count()) > 0, `${doc.file} is not on ${doc.page}`)
          if (title)
            assert.match(
              (await entry.innerText()).replace(/\s+/g, ' '),
              new RegExp(escape(title.slice(0, 30))),
              doc.file,
            )
        }
      } finally {
        await page.close()
      }
    })

    test('every copied file is served, and every picture on a page loads', async () => {
      assert.ok(browser && server)
      const copied = [...report.matchAll(/copied to public(\/\S+)/g)].map((m) => m[1] ?? '')
      assert.ok(copied.length > 0)
      for (const path of copied) {
        const response: Response = await fetch(server.url + path)
        assert.equal(response.status, 200, path)
      }
      const page = await browser.newPage()
      try {
        for (const path of ['/', ...documents().flatMap((d) => d.own ?? [])]) {
          await page.goto(server.url + path)
          const broken = await page
            .locator('img')
            .evaluateAll((imgs) =>
              imgs
                .filter((i) => i instanceof HTMLImageElement && i.complete && i.naturalWidth === 0)
                .map((i) => (i instanceof HTMLImageElement ? i.src : '')),
            )
          assert.deepEqual(broken, [], path)
        }
      } finally {
        await page.close()
      }
    })

    test("someone else's HTML under files/ is served as it was; an entry the check refuses waits in migration-held/, off the site", async () => {
      assert.ok(server)
      for (const path of [...report.matchAll(/copied to public(\/\S+\.html)/g)].map((m) => m[1] ?? '')) {
        const served = await (await fetch(server.url + path)).text()
        assert.equal(served, readFileSync(join(dir, 'public', path), 'utf8'), `${path} was changed on the way out`)
      }
      const held = [...report.matchAll(/^- `(migration-held\/(\w+)\/([\w-]+)\.mdx)`/gm)]
      for (const [, file = '', folder, slug = ''] of held) {
        assert.ok(existsSync(join(dir, file)), file)
        const route = DOCUMENT_TYPES.find((t) => t.folder === folder)?.route?.(slug)
        if (route) assert.equal((await fetch(server.url + route)).status, 404, `${route} is on the site`)
      }
      if (site === 'academic-pages') {
        assert.ok(report.includes('copied to public/files/permutation-demo.html'), 'the fixture has a standalone page')
        assert.ok(held.length > 0, 'the fixture has an entry to hold back')
      }
    })

    test("free-form pages are pages of their own; someone else's scripts, handlers, javascript: links and frames are not carried", async () => {
      assert.ok(browser && server)
      const pages = documents().filter((d) => d.type.name === 'Page')
      assert.ok(pages.length > 0, 'the fixture has a page of its own')
      const sitePage = await browser.newPage()
      const errors: string[] = []
      sitePage.on('pageerror', (e) => errors.push(e.message))
      sitePage.on('dialog', (d) => errors.push(`a dialog opened: ${d.message()}`))
      try {
        for (const doc of pages) {
          const built = readFileSync(join(dir, 'out', doc.page, 'index.html'), 'utf8')
          const article = /<article[\s\S]*?<\/article>/.exec(built)?.[0] ?? ''
          assert.ok(article.includes(`data-doc="${doc.file}"`), doc.file)
          assert.doesNotMatch(article, /<script|<iframe|<object|<embed|<style|\son[a-z]+=|javascript:/i, doc.file)
          await sitePage.goto(server.url + doc.page)
          await sitePage
            .locator('article h1')
            .filter({ hasText: String(doc.data.title) })
            .waitFor()
          // Nothing of the old page runs: no error from its code, no dialog from its handlers.
          const handled = sitePage.locator('article div[id]')
          if ((await handled.count()) > 0) await handled.first().click()
        }
        assert.deepEqual(errors, [])
      } finally {
        await sitePage.close()
      }
      // Each shape the fixture holds was said in the report: what went, and why.
      if (site === 'academic-pages') {
        for (const said of [
          /a <script> element was dropped/,
          /the event handler onclick on <div> was dropped/,
          /the script address href="javascript:void\(0\)" on <a> was dropped/,
          /the link "run it here" to javascript:runDemo\(\) was dropped/,
          /the <iframe> https:\/\/www\.youtube\.com\/embed\/\S+ became a link/,
          /`_pages\/cv\.md`: skipped: template sample/,
          /`_pages\/posts\.md`: not migrated: a list the old theme drew from its entries/,
          /`_pages\/talks\.md`: content\/pages\/old-talks\.mdx .*with changes/,
        ])
          assert.match(report, said)
        assert.ok(existsSync(join(dir, 'content/pages/old-talks.mdx')), 'the old /talks/ page is kept as a draft')
      }
    })

    test('every old address lands on the page that replaced it', async () => {
      assert.ok(browser && server)
      const page = await browser.newPage()
      let checked = 0
      try {
        for (const doc of documents()) {
          for (const from of doc.redirectFrom) {
            // Jekyll served /publication/x as x.html; a host with trailing slashes asks for x/.
            const asked = from.endsWith('/') || /\.[a-z]+$/.test(from) ? [from] : [from, `${from}/`]
            for (const path of asked) {
              await page.goto(server.url + path)
              await page.waitForURL(server.url + doc.page)
              await page.locator('h1').first().waitFor()
              checked++
            }
          }
        }
      } finally {
        await page.close()
      }
      assert.ok(checked >= 3, `only ${checked} old addresses`)
      assert.equal((report.match(/^- \/\S* -> \//gm) ?? []).length, documents().flatMap((d) => d.redirectFrom).length)
    })

    test('the CV page has every position, course, award and degree the migration brought', async () => {
      assert.ok(browser && server)
      const page = await browser.newPage()
      try {
        await page.goto(server.url + '/cv/')
        const cv = (await page.locator('main').innerText()).replace(/\s+/g, ' ')
        const profile = documents().find((d) => d.type.name === 'Profile')
        const degrees = Array.isArray(profile?.data.degrees) ? profile.data.degrees : []
        const expected = [
          ...documents()
            .filter((d) => ['Experience', 'Teaching', 'Award'].includes(d.type.name))
            .map((d) => String(d.data.role ?? d.data.courseTitle ?? d.data.title)),
          ...degrees.map((g: { degree: string }) => g.degree),
        ]
        assert.ok(expected.length > 0 || site === 'academic-pages', 'the al-folio fixture has a résumé')
        for (const words of expected) assert.ok(cv.includes(words.replace(/\s+/g, ' ')), `${words} is not on /cv/`)
      } finally {
        await page.close()
      }
    })

    test("the old site's menu, in its order and words, is the menu; the old lists' addresses land on their sections", async () => {
      assert.ok(browser && server)
      const settings = parseYaml(readFileSync(join(dir, 'data/site.yml'), 'utf8')) as {
        menu?: Record<string, string>[]
        redirects?: { from: string; to: string }[]
      }
      assert.ok(settings.menu && settings.menu.length > 2, 'the old site had a menu')
      // Each item as this site shows it: a section with entries under its label, a page under its title.
      const shown = settings.menu.flatMap((m) => {
        if (m.page) {
          const doc = documents().find((d) => d.file === `pages/${m.page}.mdx`)
          assert.ok(doc, `the menu names ${m.page}, a migrated page`)
          return [m.label ?? String(doc.data.title)]
        }
        const section = SECTIONS.find((x) => x.key === m.section)
        assert.ok(section, JSON.stringify(m))
        const filled = !section.type?.optional || documents().some((d) => d.type.page === section.href)
        return filled ? [m.label ?? section.label] : []
      })
      const page = await browser.newPage()
      try {
        await page.goto(server.url + '/')
        assert.deepEqual(await page.locator('nav[aria-label="Main"] li > a:not([aria-label])').allTextContents(), shown)
        for (const r of settings.redirects ?? []) {
          await page.goto(server.url + r.from)
          // The test's host serves /x.html as its clean URL /x, which is the target itself when /x/ is.
          await page.waitForURL((url) => url.pathname.replace(/\/$/, '') === r.to.replace(/\/$/, ''))
          await page.locator('h1').first().waitFor()
        }
      } finally {
        await page.close()
      }
      assert.ok((settings.redirects ?? []).length > 0, 'the old site had lists of its own')
    })

    test('the pages pass axe (WCAG 2.2 AA and best practices), light and dark', async () => {
      assert.ok(browser && server)
      // The home page and one page of each kind the migration fills (a section, a paper's own page, a page of its own).
      const pages: string[] = [...new Set(documents().map((d) => d.page))]
      const paths = ['/', '/publications/']
      const ownPage = documents().find((d) => d.type.name === 'Page')
      if (ownPage) paths.push(ownPage.page)
      for (const kind of [/^\/publications\/.+/, /^\/(posts|talks)\/.+/, /^\/projects\/.+/]) {
        const found = pages.find((p) => kind.test(p))
        if (found) paths.push(found)
      }
      const page = await browser.newPage()
      try {
        for (const path of paths) {
          await page.goto(server.url + path)
          assert.deepEqual(await axeViolationsEachWay(page, [1280]), [], path)
        }
      } finally {
        await page.close()
      }
    })
  })
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
