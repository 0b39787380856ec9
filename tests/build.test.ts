// Whole builds of a temporary copy of the project: bad content stops them, good content all arrives.
import assert from 'node:assert/strict'
import { copyFileSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { after, describe, test } from 'node:test'
import { fromHtml } from 'hast-util-from-html'
import { toText } from 'hast-util-to-text'
import { select } from 'hast-util-select'
import matter from 'gray-matter'
import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import { parse as parseYaml } from 'yaml'
import { visit } from 'unist-util-visit'
import { filesBelow, ROOT, run, tempProject } from './helpers'

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
    copyFileSync(join(BAD, 'publications/unknown-status.mdx'), join(dir, 'content/publications/unknown-status.mdx'))
    const r = await run('npm', ['run', 'build'], dir)
    assert.notEqual(r.code, 0, r.output)
    assert.match(r.output, /content\/publications\/unknown-status\.mdx: field "status": "acepted" is not one of published, accepted, under-review, preprint/)
    assert.doesNotMatch(r.output, /Compiled successfully/, 'Next must not run on bad content')
  })

  test('Contentlayer on its own (the dev path) fails closed on what it does not check itself', async () => {
    const dir = project()
    copyFileSync(join(BAD, 'publications/MD3R.mdx'), join(dir, 'content/publications/MD3R.mdx'))
    const r = await run('npx', ['contentlayer2', 'build'], dir)
    assert.notEqual(r.code, 0, r.output)
    assert.match(r.output, /duplicate slug "md3r"/)
  })

  test('every valid edge case is built into the site: files = documents = entries', { timeout: 240_000 }, async () => {
    const dir = project()
    const good = filesBelow(GOOD)
    for (const f of good) copyFileSync(join(GOOD, f), join(dir, 'content', f))
    const total = filesBelow(join(dir, 'content')).length
    const r = await run('npm', ['run', 'build'], dir)
    assert.equal(r.code, 0, r.output)
    assert.match(r.output, new RegExp(`${total} content files = ${total} documents = ${total} rendered entries`))
    for (const f of good) {
      const slug = f.replace(/^publications\/|\.mdx$/g, '')
      const { data } = matter(readFileSync(join(GOOD, f), 'utf8'), {})
      const page = fromHtml(readFileSync(join(dir, 'out/publications', slug, 'index.html'), 'utf8'))
      const h1 = select('h1', page)
      assert.ok(h1, `${slug}: no h1`)
      assert.equal(toText(h1).trim(), data.title)
      const authors = select('.authors', page)
      assert.ok(authors, `${slug}: no author list`)
      for (const a of data.authors as { name: string }[]) assert.ok(toText(authors).includes(a.name), `${slug}: ${a.name}`)
    }
  })

  test('round trip: import a 30-entry .bib, build, and /publications.bib keeps every title, author and year', { timeout: 240_000 }, async () => {
    const dir = project()
    const imported = await run(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/import.ts'), join(ROOT, 'tests/fixtures/import/scholar-30.bib'), '--content', join(dir, 'content')])
    assert.equal(imported.code, 0, imported.output)
    const r = await run('npm', ['run', 'build'], dir)
    assert.equal(r.code, 0, r.output)
    const exported = new Cite(readFileSync(join(dir, 'out/publications.bib'), 'utf8')).data
    const files = filesBelow(join(dir, 'content/publications'))
    assert.equal(exported.length, files.length)
    const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
    for (const f of files) {
      const { data } = matter(readFileSync(join(dir, 'content/publications', f), 'utf8'), { engines: { yaml: (s: string): object => parseYaml(s) } })
      const item = exported.find((e) => norm(e.title ?? '') === norm(String(data.title)))
      assert.ok(item, `${f}: "${String(data.title)}" is missing from /publications.bib`)
      assert.deepEqual(
        item.author?.map((a) => a.literal ?? [a.given, a['dropping-particle'], a['non-dropping-particle'], a.family, a.suffix].filter(Boolean).join(' ')),
        (data.authors as { name: string }[]).map((a) => a.name),
        f,
      )
      assert.equal(item.issued?.['date-parts']?.[0]?.[0], data.year, f)
    }
  })

  test('a preview build is never indexed: noindex on every page, robots.txt disallows all, a banner says so', { timeout: 240_000 }, async () => {
    const dir = project()
    const r = await run('npm', ['run', 'build'], dir, { SITE_ENV: 'preview' })
    assert.equal(r.code, 0, r.output)
    assert.match(readFileSync(join(dir, 'out/robots.txt'), 'utf8'), /^Disallow: \/$/m)
    const pages = filesBelow(join(dir, 'out')).filter((f) => f.endsWith('index.html') && !f.startsWith('about/'))
    assert.ok(pages.length > 5)
    for (const f of pages) {
      const html = readFileSync(join(dir, 'out', f), 'utf8')
      assert.match(html, /<meta name="robots" content="noindex, nofollow"/, f)
      assert.match(html, /Preview build: not the published site/, f)
    }
  })

  test('a build under a base path (GitHub Pages project site) puts every link, asset, feed, sitemap and OG URL under it', { timeout: 240_000 }, async () => {
    const dir = project()
    const base = '/homepage'
    const origin = 'https://example.github.io'
    const env = { BASE_PATH: base, SITE_URL: origin }
    const r = await run('npm', ['run', 'build'], dir, env)
    assert.equal(r.code, 0, r.output)
    // Every internal href and src resolves to a file when the site is served under the base path.
    const links = await run(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/check-out.ts'), '--out', join(dir, 'out')], dir, env)
    assert.equal(links.code, 0, links.output)
    const pages = filesBelow(join(dir, 'out')).filter((f) => f.endsWith('.html'))
    for (const f of pages) {
      const tree = fromHtml(readFileSync(join(dir, 'out', f), 'utf8'))
      const urls: string[] = []
      visit(tree, 'element', (node) => {
        for (const key of ['href', 'src', 'content']) {
          const v = node.properties[key]
          if (typeof v === 'string' && (v.startsWith('/') || v.startsWith(origin))) urls.push(v)
        }
      })
      for (const url of urls) {
        const path = url.startsWith(origin) ? url.slice(origin.length) : url
        assert.ok(path === base || path.startsWith(`${base}/`), `${f}: ${url} is not under ${base}`)
      }
    }
    for (const file of ['sitemap.xml', 'feed.xml', 'robots.txt']) {
      const text = readFileSync(join(dir, 'out', file), 'utf8')
      const absolute = text.match(/https?:\/\/[^\s<"]+/g) ?? []
      for (const url of absolute.filter((u) => u.startsWith(origin))) assert.ok(url.startsWith(`${origin}${base}/`), `${file}: ${url}`)
      assert.ok(absolute.some((u) => u.startsWith(`${origin}${base}/`)), `${file} names no URL under the base path`)
    }
    const manifest = JSON.parse(readFileSync(join(dir, 'out/manifest.webmanifest'), 'utf8')) as { start_url: string; icons: { src: string }[] }
    assert.equal(manifest.start_url, `${base}/`)
    for (const icon of manifest.icons) assert.ok(icon.src.startsWith(`${base}/`), icon.src)
  })
})
