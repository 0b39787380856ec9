// Whole builds of a temporary copy of the project: bad content stops them, good content all arrives.
import assert from 'node:assert/strict'
import { copyFileSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { after, describe, test } from 'node:test'
import { fromHtml } from 'hast-util-from-html'
import { toText } from 'hast-util-to-text'
import { select } from 'hast-util-select'
import matter from 'gray-matter'
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
})
