// The documentation stays true: what is generated from the schema (field tables, JSON Schemas) is
// as `npm run docs` would write it, the JSON Schemas accept every real entry and refuse what the
// content check refuses for its type, and every guide is one click from the README.
import assert from 'node:assert/strict'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, test } from 'node:test'
import Ajv from 'ajv'
import matter from 'gray-matter'
import { parse as parseYaml } from 'yaml'
import { YAML_ENGINE } from '../../lib/model/check'
import { schemaFile, SETTINGS_SCHEMA_FILE } from '../../lib/model/describe'
import { DOCUMENT_TYPES } from '../../lib/model/schema'
import { generatedDocs, SCHEMA_DIR } from '../../scripts/shared/docs'
import { filesBelow, fixtureText, ROOT, run } from '../helpers'

const schema = (file: string): object => JSON.parse(readFileSync(join(ROOT, SCHEMA_DIR, file), 'utf8')) as object
const ajv = new Ajv({ allErrors: true, strict: true })
const validatorFor = (folder: string) => {
  const type = DOCUMENT_TYPES.find((t) => t.folder === folder)
  assert.ok(type, folder)
  return ajv.compile(schema(schemaFile(type)))
}
/** Front matter as the content check reads it: dates stay text. */
const frontMatter = (text: string): unknown => matter(text, YAML_ENGINE).data

describe('generated documentation', () => {
  test('the field tables and JSON Schemas are as npm run docs writes them from the schema', async () => {
    for (const [path, text] of await generatedDocs(ROOT))
      assert.equal(readFileSync(path, 'utf8'), text, `${path} is out of date: run npm run docs`)
  })

  test("every entry of the owner's and of the fixture sites passes its type's JSON Schema", () => {
    const trees = [join(ROOT, 'content'), join(ROOT, 'tests/fixtures/site/content'), join(ROOT, 'tests/fixtures/good')]
    let checked = 0
    for (const tree of trees) {
      for (const f of filesBelow(tree)) {
        const validate = validatorFor(f.split('/')[0] ?? '')
        const ok = validate(frontMatter(fixtureText(join(tree, f))))
        assert.ok(ok, `${tree}/${f}: ${ajv.errorsText(validate.errors)}`)
        checked++
      }
    }
    assert.ok(checked > 40, `${checked} entries`)
  })

  test('the JSON Schema refuses what the content check refuses for its fields', () => {
    const validate = validatorFor('publications')
    const bad = join(ROOT, 'tests/fixtures/bad/publications')
    for (const [file, keyword] of [
      ['unknown-status.mdx', 'enum'],
      ['wrong-type-year.mdx', 'type'],
      ['wrong-type-authors.mdx', 'type'],
      ['extra-field-titel.mdx', 'additionalProperties'],
      ['unknown-venue-kind.mdx', 'enum'],
    ] as const) {
      assert.equal(validate(frontMatter(fixtureText(join(bad, file)))), false, file)
      assert.ok(
        validate.errors?.some((e) => e.keyword === keyword),
        `${file}: ${ajv.errorsText(validate.errors)}`,
      )
    }
  })

  test('the settings schema accepts the settings files and refuses an unknown section', () => {
    const validate = ajv.compile(schema(SETTINGS_SCHEMA_FILE))
    for (const file of ['data/site.yml', 'tests/fixtures/site/data/site.yml']) {
      assert.ok(
        validate(parseYaml(readFileSync(join(ROOT, file), 'utf8'))),
        `${file}: ${ajv.errorsText(validate.errors)}`,
      )
    }
    assert.equal(validate({ menu: [{ section: 'blog' }] }), false)
  })

  test("the editor's check (remark with .remarkrc.mjs) passes the owner's content and flags a bad field where it stands", async () => {
    const passed = await run('npm', ['run', 'check:editor'])
    assert.equal(passed.code, 0, passed.output)
    // A copy with one broken paper: the year as text, a misspelt field.
    const dir = mkdtempSync(join(ROOT, '.tmp', 'editor-'))
    try {
      // The editor's check finds its settings as the extension does: the nearest .remarkrc.mjs above the file.
      cpSync(join(ROOT, '.remarkrc.mjs'), join(dir, '.remarkrc.mjs'))
      cpSync(join(ROOT, 'docs/schemas'), join(dir, 'docs/schemas'), { recursive: true })
      const paper = filesBelow(join(ROOT, 'content/publications'))[0] ?? ''
      const text = readFileSync(join(ROOT, 'content/publications', paper), 'utf8')
      mkdirSync(join(dir, 'content/publications'), { recursive: true })
      writeFileSync(
        join(dir, 'content/publications/broken.mdx'),
        text.replace(/^year: .*$/m, 'year: twenty').replace(/^title:/m, 'titel:'),
      )
      const remark = join(ROOT, 'node_modules/.bin/remark')
      const r = await run(remark, ['content', '--ext', 'mdx', '--frail', '--no-stdout', '--no-color'], dir)
      assert.equal(r.code, 1, r.output)
      const year = text.split('\n').findIndex((l) => l.startsWith('year:')) + 1
      assert.match(
        r.output,
        new RegExp(
          `${year}:7-${year}:13 +warning +Must be number .*publications\\.schema\\.json .*#/properties/year/type`,
        ),
      )
      assert.match(r.output, /Must have required property 'title'/)
      assert.match(r.output, /Must NOT have additional properties/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the guides', () => {
  const guides = filesBelow(join(ROOT, 'docs')).filter((f) => f.endsWith('.md'))
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  /** The relative link targets of a Markdown file, without their #fragment. */
  const links = (text: string) =>
    [...text.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((m) => m[1] ?? '')
      .filter((href) => !/^(https?:|mailto:|#|\/)/.test(href))
      .map((href) => href.replace(/#.*$/, ''))

  test('each guide in docs/ is linked from the README', () => {
    assert.ok(guides.length >= 6, guides.join(', '))
    const linked = links(readme)
    for (const g of guides) assert.ok(linked.includes(`docs/${g}`), `README.md does not link docs/${g}`)
  })

  test('every relative link in the README and the guides leads to a file that exists', () => {
    for (const [file, text] of [
      ['README.md', readme],
      ...guides.map((g) => [`docs/${g}`, readFileSync(join(ROOT, 'docs', g), 'utf8')]),
    ] as const) {
      for (const href of links(text)) assert.ok(existsSync(join(ROOT, dirname(file), href)), `${file}: ${href}`)
    }
  })
})
