// Whole builds of a temporary copy of the project: bad content stops them, good content all arrives.
import assert from 'node:assert/strict'
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { fromHtml } from 'hast-util-from-html'
import { toText } from 'hast-util-to-text'
import { select, selectAll } from 'hast-util-select'
import matter from 'gray-matter'
import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import { parse as parseYaml } from 'yaml'
import { visit } from 'unist-util-visit'
import { chromium } from '@playwright/test'
import sharp from 'sharp'
import { chromiumLaunchOptions } from '../../scripts/shared/chromium'
import {
  filesBelow,
  offline,
  ROOT,
  run,
  type ServedRequest,
  serveStatic,
  tempProject,
  copyFixture,
  fixtureText,
  authorsOf,
  newestNode,
  NEWEST_NODE_VERSION,
} from '../helpers'
import { arrayOf, objectOf, parseJson, stringOf } from '../../scripts/shared/json'

const BAD = join(ROOT, 'tests/fixtures/bad')
const GOOD = join(ROOT, 'tests/fixtures/good')

describe('builds', () => {
  const dirs: string[] = []
  const project = () => {
    const dir = tempProject()
    dirs.push(dir)
    return dir
  }
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

  test('a broken publication stops npm run build with a message naming the file and the field', async () => {
    const dir = project()
    copyFixture(join(BAD, 'publications/unknown-status.mdx'), join(dir, 'content/publications/unknown-status.mdx'))
    const r = await run('npm', ['run', 'build'], dir)
    assert.notEqual(r.code, 0, r.output)
    assert.match(
      r.output,
      /content\/publications\/unknown-status\.mdx: field "status": "acepted" is not one of published, accepted, under-review, preprint/,
    )
    assert.doesNotMatch(r.output, /Compiled successfully/, 'Next must not run on bad content')
  })

  test('Contentlayer on its own (the dev path) fails closed on what it does not check itself', async () => {
    const dir = project()
    copyFixture(join(BAD, 'publications/MD3R.mdx'), join(dir, 'content/publications/MD3R.mdx'))
    const r = await run('npx', ['contentlayer2', 'build'], dir)
    assert.notEqual(r.code, 0, r.output)
    assert.match(r.output, /duplicate slug "md3r"/)
  })
})

/** Pictures for a build: a portrait (stored sideways, with an EXIF orientation), a wide figure, a diagram; and links written as JSX. */
async function addPictures(dir: string): Promise<{ paper: string }> {
  const images = join(dir, 'public/images')
  mkdirSync(images, { recursive: true })
  // Gradients with noise, so that the originals weigh what photographs and plots weigh.
  const pixels = (width: number, height: number) => {
    const data = Buffer.alloc(width * height * 3)
    for (let i = 0; i < data.length; i++)
      data[i] = ((i % (width * 3)) / 12 + Math.floor(i / (width * 3)) / 8 + ((i * 7919) % 23)) % 256
    return sharp(data, { raw: { width, height, channels: 3 } })
  }
  await pixels(800, 600).jpeg({ quality: 92 }).withMetadata({ orientation: 6 }).toFile(join(images, 'portrait.jpg'))
  await pixels(1600, 1000).png().toFile(join(images, 'figure.png'))
  writeFileSync(
    join(images, 'diagram.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200" fill="#1d4ed8"/></svg>',
  )

  const profile = join(dir, 'content/profile/index.mdx')
  writeFileSync(profile, readFileSync(profile, 'utf8').replace(/^links:/m, 'photo: /images/portrait.jpg\nlinks:'))
  const paper = filesBelow(join(dir, 'content/publications'))[0]!.replace(/\.mdx$/, '')
  const file = join(dir, 'content/publications', `${paper}.mdx`)
  // With links written as JSX too: like <img>, MDX would hand them past the component map.
  writeFileSync(
    file,
    `${readFileSync(file, 'utf8')}\n\n![A test figure: a noisy gradient](/images/figure.png)\n\n<img src="/images/diagram.svg" alt="A test diagram: a blue box" />\n\nSee <a href="/publications/">every paper</a> and <a href="https://example.org/paper">the paper's page</a>.\n`,
  )
  return { paper }
}

// One build serves several tests: the owner's site with every valid edge case and a 30-entry
// import, pictures in the content, in the GitHub Pages shape (a base path), made without a network,
// on the newest Node.
describe('a base-path build made offline on the newest Node, with edge cases, an import and pictures', () => {
  const base = '/homepage'
  const origin = 'https://example.github.io'
  const env = { BASE_PATH: base, SITE_URL: origin }
  let dir = ''
  let out = ''
  let paper = ''
  let build = ''
  const page = (path: string) => fromHtml(readFileSync(join(out, path), 'utf8'))

  before(
    async () => {
      dir = tempProject()
      out = join(dir, 'site', base.slice(1))
      for (const f of filesBelow(GOOD)) copyFixture(join(GOOD, f), join(dir, 'content', f))
      const imported = await run(process.execPath, [
        '--import',
        'tsx',
        join(ROOT, 'scripts/import.ts'),
        join(ROOT, 'tests/fixtures/import/scholar-30.bib'),
        '--content',
        join(dir, 'content'),
      ])
      assert.equal(imported.code, 0, imported.output)
      paper = (await addPictures(dir)).paper
      const node = { PATH: `${await newestNode()}:${process.env.PATH ?? ''}` }
      const version = await run('node', ['--version'], dir, node)
      assert.equal(version.output.trim(), `v${NEWEST_NODE_VERSION}`)
      // Prove the namespace first: inside it the machine has a loopback interface and no other.
      const probe = await run(
        ...offline(process.execPath, [
          '-e',
          'console.log(JSON.stringify(Object.keys(require("os").networkInterfaces())))',
        ]),
      )
      assert.equal(
        probe.code,
        0,
        `unshare could not make a network namespace (Linux, root or user namespaces needed):\n${probe.output}`,
      )
      assert.equal(probe.output.trim(), '["lo"]', `the namespace has more than a loopback interface: ${probe.output}`)
      const r = await run(...offline('npm', ['run', 'build']), dir, { ...env, ...node })
      build = r.output
      assert.equal(r.code, 0, r.output)
      assert.match(r.output, /verify-export .*Export check passed/)
      mkdirSync(join(dir, 'site'))
      renameSync(join(dir, 'out'), out)
    },
    { timeout: 600_000 },
  )
  after(() => rmSync(dir, { recursive: true, force: true }))

  test('every valid edge case and a 30-entry import are built into the site: files = documents = entries', () => {
    const total = filesBelow(join(dir, 'content')).length
    assert.match(build, new RegExp(`${total} content files = ${total} documents = ${total} rendered entries`))
    const text = filesBelow(out).filter((f) => /\.(html|xml|json|txt|bib|webmanifest)$/.test(f))
    for (const f of text) assert.doesNotMatch(readFileSync(join(out, f), 'utf8'), /localhost/, f)
    for (const f of filesBelow(GOOD)) {
      const slug = f.replace(/^publications\/|\.mdx$/g, '')
      const { data } = matter(fixtureText(join(GOOD, f)), {})
      const page = fromHtml(readFileSync(join(out, 'publications', slug, 'index.html'), 'utf8'))
      const h1 = select('h1', page)
      assert.ok(h1, `${slug}: no h1`)
      assert.equal(toText(h1).trim(), data.title)
      const authors = select('.authors', page)
      assert.ok(authors, `${slug}: no author list`)
      for (const a of authorsOf(data)) assert.ok(toText(authors).includes(a.name), `${slug}: ${a.name}`)
    }

    // The round trip: every paper, imported or not, is in /publications.bib as it is in its file.
    const exported = new Cite(readFileSync(join(out, 'publications.bib'), 'utf8')).data
    const files = filesBelow(join(dir, 'content/publications'))
    assert.equal(exported.length, files.length)
    const norm = (s: string) =>
      s
        .normalize('NFC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '')
    for (const f of files) {
      const { data } = matter(readFileSync(join(dir, 'content/publications', f), 'utf8'), {
        engines: { yaml: (s: string): object => parseYaml(s) },
      })
      const item = exported.find((e) => norm(e.title ?? '') === norm(String(data.title)))
      assert.ok(item, `${f}: "${String(data.title)}" is missing from /publications.bib`)
      // A name as its words, in any order: the file may write "O'Brien, Pat", BibTeX gives it back as Pat O'Brien.
      const words = (name: string) => norm(name.replace(',', ' ').split(/\s+/).sort().join(' '))
      assert.deepEqual(
        item.author?.map((a) =>
          words(
            a.literal ??
              [a.given, a['dropping-particle'], a['non-dropping-particle'], a.family, a.suffix]
                .filter(Boolean)
                .join(' '),
          ),
        ),
        authorsOf(data).map((a) => words(a.name)),
        f,
      )
      assert.equal(item.issued?.['date-parts']?.[0]?.[0], data.year, f)
    }
  })

  test('every link, asset, feed, sitemap and OG URL is under the base path, and every internal one resolves', async () => {
    const links = await run(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/check-out.ts'), '--out', out],
      dir,
      env,
    )
    assert.equal(links.code, 0, links.output)
    const pages = filesBelow(out).filter((f) => f.endsWith('.html'))
    for (const f of pages) {
      const urls: string[] = []
      visit(page(f), 'element', (node) => {
        for (const key of ['href', 'src', 'content']) {
          const v = node.properties[key]
          if (typeof v === 'string' && (v.startsWith('/') || v.startsWith(origin))) urls.push(v)
        }
        if (typeof node.properties.srcSet === 'string')
          urls.push(...node.properties.srcSet.split(/,\s+/).map((c) => c.split(/\s+/)[0] ?? ''))
      })
      for (const url of urls) {
        const path = url.startsWith(origin) ? url.slice(origin.length) : url
        assert.ok(path === base || path.startsWith(`${base}/`), `${f}: ${url} is not under ${base}`)
      }
    }
    for (const file of ['sitemap.xml', 'feed.xml', 'robots.txt']) {
      const text = readFileSync(join(out, file), 'utf8')
      const absolute = text.match(/https?:\/\/[^\s<"]+/g) ?? []
      for (const url of absolute.filter((u) => u.startsWith(origin)))
        assert.ok(url.startsWith(`${origin}${base}/`), `${file}: ${url}`)
      assert.ok(
        absolute.some((u) => u.startsWith(`${origin}${base}/`)),
        `${file} names no URL under the base path`,
      )
    }
    // Links written as JSX in a body get what Markdown links get: the base path, and rel on external ones.
    const body = selectAll('a', page(`publications/${paper}/index.html`))
    assert.ok(body.some((a) => a.properties.href === `${base}/publications/` && toText(a) === 'every paper'))
    const external = body.find((a) => a.properties.href === 'https://example.org/paper')
    assert.deepEqual(external?.properties.rel, ['noopener', 'noreferrer'])
    const manifest = objectOf(parseJson(readFileSync(join(out, 'manifest.webmanifest'), 'utf8')), 'manifest')
    assert.equal(manifest.start_url, `${base}/`)
    // The theme script links the manifest and loads the enhancement script after the first paint, from these.
    const [theme] = selectAll('script[data-enhance]', page('index.html'))
    assert.equal(theme?.properties.dataEnhance, `${base}/enhance.js`)
    assert.equal(theme?.properties.dataManifest, `${base}/manifest.webmanifest`)
    for (const icon of arrayOf(manifest.icons, 'icons')) {
      const src = stringOf(objectOf(icon, 'icon').src, 'icon src')
      assert.ok(src.startsWith(`${base}/`), src)
    }
  })

  test('pictures are optimised: AVIF and WebP at each width up to the original, with its size on the <img>', async () => {
    const cases = [
      { where: 'index.html', alt: /^Portrait of /, source: 'images/portrait.jpg', width: 600, height: 800 },
      {
        where: `publications/${paper}/index.html`,
        alt: /^A test figure/,
        source: 'images/figure.png',
        width: 1600,
        height: 1000,
      },
    ]
    for (const c of cases) {
      const img = selectAll('picture img', page(c.where)).find((n) => c.alt.test(String(n.properties.alt)))
      assert.ok(img, `${c.where}: no <picture> with alt ${c.alt}`)
      assert.deepEqual(
        [String(img.properties.width), String(img.properties.height)],
        [String(c.width), String(c.height)],
        `${c.where}: width and height`,
      )
      const picture = page(c.where)
      const sources = selectAll('picture source', picture).filter((s) =>
        String(s.properties.srcSet).includes(c.source.replace(/^images\/|\.\w+$/g, '')),
      )
      assert.deepEqual(
        sources.map((s) => s.properties.type),
        ['image/avif', 'image/webp'],
        c.where,
      )
      const originalBytes = statSync(join(out, c.source)).size
      for (const s of sources) {
        const format = String(s.properties.type).slice('image/'.length)
        const candidates = String(s.properties.srcSet)
          .split(/,\s+/)
          .map((x) => x.split(/\s+/))
        const widths = candidates.map(([, w]) => Number.parseInt(w ?? '', 10))
        assert.deepEqual(
          widths,
          [160, 320, 640, 960, 1280, 1920].filter((w) => w < c.width).concat(c.width),
          `${c.where} ${format} widths`,
        )
        for (const [url = '', w] of candidates) {
          assert.ok(url.startsWith(`${base}/img/`), url)
          const file = join(out, url.slice(base.length + 1))
          const meta = await sharp(file).metadata()
          assert.equal(meta.format === 'heif' && meta.compression === 'av1' ? 'avif' : meta.format, format, url)
          assert.equal(meta.width, Number.parseInt(w ?? '', 10), url)
          assert.equal(meta.height, Math.round((meta.width * c.height) / c.width), `${url}: upright, in proportion`)
          assert.ok(statSync(file).size < originalBytes, `${url} is not smaller than the original`)
        }
      }
    }
    const svg = selectAll('img', page(`publications/${paper}/index.html`)).find(
      (n) => n.properties.alt === 'A test diagram: a blue box',
    )
    assert.ok(svg, 'the SVG picture is missing')
    assert.deepEqual(
      [svg.properties.src, String(svg.properties.width), String(svg.properties.height)],
      [`${base}/images/diagram.svg`, '400', '200'],
    )
    const person = selectAll('script[type="application/ld+json"]', page('index.html')).map((n) =>
      objectOf(parseJson(toText(n)), 'JSON-LD'),
    )
    assert.equal(person.find((j) => j['@type'] === 'Person')?.image, `${origin}${base}/images/portrait.jpg`)
  })

  test(
    'in Chromium, every page under the base path loads all it asks for from its own origin, and the script works',
    { timeout: 300_000 },
    async () => {
      // What the server answered, also what the browser asks for on its own (a page without an icon
      // link makes Chromium ask for /favicon.ico, outside the base path).
      const answered: ServedRequest[] = []
      const server = await serveStatic(join(dir, 'site'), 4191, (r) => answered.push(r))
      const browser = await chromium.launch(chromiumLaunchOptions)
      try {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' })
        const tab = await context.newPage()
        const problems: string[] = []
        tab.on('response', (r) => void (r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`)))
        // A request the browser cancels itself (net::ERR_ABORTED) is expected only on a page that leaves by itself (the
        // redirect pages' meta refresh may cut their icon short); anywhere else it is a problem like any failure.
        let aborted: string[] = []
        tab.on('requestfailed', (r) => {
          const error = r.failure()?.errorText
          if (error === 'net::ERR_ABORTED') aborted.push(r.url())
          else problems.push(`failed ${r.url()}: ${error}`)
        })
        tab.on(
          'request',
          (r) =>
            void (
              !r.url().startsWith(server.url) &&
              !r.url().startsWith('data:') &&
              problems.push(`another origin: ${r.url()}`)
            ),
        )
        tab.on(
          'console',
          (m) =>
            void (m.type() === 'error' && problems.push(`console: ${m.text()} (${m.location().url} on ${tab.url()})`)),
        )
        tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
        const pages = filesBelow(out)
          .filter((f) => f.endsWith('index.html'))
          .map((f) => `${base}/${f.replace(/index\.html$/, '')}`)
        assert.ok(pages.length >= 10, pages.join(' '))
        for (const path of pages) {
          aborted = []
          await tab.goto(`${server.url}${path}`)
          // Every picture, lazy ones too: scroll each into view and wait until it has decoded.
          for (const img of await tab.locator('main img').all()) {
            await img.scrollIntoViewIfNeeded()
            const loaded = await img.evaluate(
              async (el: HTMLImageElement) =>
                (await el.decode().then(
                  () => true,
                  () => false,
                )) && el.naturalWidth > 0,
            )
            assert.ok(loaded, `${path}: ${await img.getAttribute('alt')} did not load`)
          }
          await tab.waitForLoadState('networkidle')
          if (tab.url() === `${server.url}${path}`) problems.push(...aborted.map((url) => `aborted ${url} on ${path}`))
        }
        assert.deepEqual(problems, [])
        assert.deepEqual(
          answered.filter((r) => r.status >= 400),
          [],
        )
        assert.ok(
          answered.every((r) => r.path.startsWith(`${base}/`)),
          answered.map((r) => r.path).join(' '),
        )

        // The browser picks AVIF, and the reserved box is the picture's own shape.
        await tab.goto(`${server.url}${base}/`)
        const portrait = tab.getByAltText(/^Portrait of /)
        await portrait.waitFor()
        const shown = await portrait.evaluate((el: HTMLImageElement) => ({
          src: el.currentSrc,
          box: [el.getBoundingClientRect().x, el.getBoundingClientRect().width],
          // The left edge the page's text starts at: the picture sits on it, as the initials did.
          left: document.querySelector('main h2')?.getBoundingClientRect().x,
        }))
        assert.match(shown.src, /\/homepage\/img\/portrait-[0-9a-f]+-(160|320)\.avif$/)
        assert.deepEqual(shown.box, [shown.left, 80])

        // Navigation by the header works under the base path; the enhancement script runs there.
        await tab.getByRole('navigation').getByRole('link', { name: 'Publications' }).click()
        await tab.waitForURL(`${server.url}${base}/publications/`)
        await tab.locator('html[data-enhanced]').waitFor({ state: 'attached' })
        await tab.locator('button[data-theme-toggle]:visible').click()
        assert.equal(await tab.locator('html').getAttribute('data-theme'), 'dark')
        const count = tab.locator('form[data-filter] output')
        await tab.locator('form[data-filter] input[name="q"]').fill('zzzz-no-such-paper')
        assert.match((await count.textContent()) ?? '', /^Showing 0 of \d+$/)
        assert.deepEqual(problems, [])
      } finally {
        await browser.close()
        await server.close()
      }
    },
  )
})
