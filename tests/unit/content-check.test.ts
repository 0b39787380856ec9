// The content check against a corpus of broken and tricky files: each runs the real CLI on a
// temporary copy of content/ with one fixture added.
import assert from 'node:assert/strict'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, test } from 'node:test'
import matter from 'gray-matter'
import { checkContent, formatProblem } from '../../lib/model/check'
import { DOCUMENT_TYPES } from '../../lib/model/schema'
import { checkContentCli, checkContentHere, filesBelow, ROOT, run, tempContent, copyFixture, OWNER } from '../helpers'

const BAD_DIR = join(ROOT, 'tests/fixtures/bad')
const GOOD_DIR = join(ROOT, 'tests/fixtures/good')
/** A fixture person's whole content tree (tests/fixtures/site/), for the types the owner has no entry of. */
const SITE_DIR = join(ROOT, 'tests/fixtures/site')
const SECTIONS_DIR = join(SITE_DIR, 'content')

/** What each bad fixture must be told: the field named (when there is one) and the reason. */
type Expected = { field?: string; says: RegExp }
const BAD: Record<string, Expected | Expected[]> = {
  'publications/unknown-status.mdx': {
    field: 'status',
    says: /"acepted" is not one of published, accepted, under-review, preprint/,
  },
  'publications/wrong-type-year.mdx': { field: 'year', says: /expected a number, got the text "twenty"/ },
  'publications/wrong-type-authors.mdx': {
    field: 'authors',
    says: new RegExp(`expected a list, got the text "${OWNER}"`),
  },
  'publications/arxiv-unquoted.mdx': {
    field: 'links.arxiv',
    says: /expected text, got the number 2505\.1157; put it in quotes/,
  },
  'publications/arxiv-url.mdx': { field: 'links.arxiv', says: /is not an arXiv identifier/ },
  'publications/extra-field-titel.mdx': { field: 'titel', says: /has no such field; did you mean "title"\?/ },
  'publications/published-without-venue.mdx': { field: 'venue', says: /status "published" needs a venue/ },
  'publications/unknown-venue-kind.mdx': {
    field: 'venue.kind',
    says: /"symposium" is not one of conference, journal, workshop/,
  },
  'publications/owner-not-an-author.mdx': { field: 'authors', says: /none of the authors is the site's owner/ },
  'publications/month-thirteen.mdx': { field: 'month', says: /13 is not a month number/ },
  'publications/missing-pdf.mdx': {
    field: 'links.pdf',
    says: /\/files\/no-such-paper\.pdf does not exist: put the file at public\/files\/no-such-paper\.pdf/,
  },
  'publications/missing-image-in-body.mdx': { field: 'body', says: /\/images\/no-such-plot\.png does not exist/ },
  'publications/remote-image.mdx': {
    field: 'body',
    says: /line 9: the picture "https:\/\/example\.org\/chart\.png" is on another site: pages never load from another origin; save it under public\/images\//,
  },
  'publications/remote-image-reference.mdx': {
    field: 'body',
    says: /line 9: the picture "https:\/\/example\.org\/chart\.png" is on another site/,
  },
  'publications/image-without-alt.mdx': {
    field: 'body',
    says: /line 9: the picture \/images\/plot\.png has no alt text/,
  },
  'publications/img-tag-without-alt.mdx': {
    field: 'body',
    says: /line 11: the picture \/images\/overview\.png has no alt text/,
  },
  'publications/image-outside-images.mdx': {
    field: 'body',
    says: /the picture "\/files\/plot\.png" is not under public\/images\/: move it there/,
  },
  'publications/image-dot-dot.mdx': {
    field: 'body',
    says: /line 9: the picture "\/images\/\.\.\/images\/plot\.png" has \. or \.\. in its path: write it from \/images\/ straight, e\.g\. \/images\/plot\.png/,
  },
  'publications/image-not-a-picture.mdx': {
    field: 'body',
    says: /line 9: "\/images\/slides\.pdf" is not a picture format the site shows \(jpg, jpeg, png, webp, avif, tif, tiff, svg, gif\)/,
  },
  'profile/index.mdx': [
    { field: 'photo', says: /the picture "https:\/\/example\.org\/me\.jpg" is on another site/ },
    { field: 'email', says: /"mailto:someone@example\.org" is not an email address: write it as name@example\.org/ },
  ],
  'publications/mdx-syntax-error.mdx': { field: 'body', says: /line 9: MDX syntax error/ },
  'publications/html-comment.mdx': {
    field: 'body',
    says: /line 11: HTML comments \(<!-- -->\) are not allowed in MDX/,
  },
  'publications/unknown-component.mdx': { field: 'body', says: /unknown component <Chart>/ },
  'publications/script-tag.mdx': { field: 'body', says: /<script> is not allowed/ },
  'publications/iframe-tag.mdx': { field: 'body', says: /<iframe> is not allowed/ },
  'publications/object-tag.mdx': { field: 'body', says: /<object> is not allowed/ },
  'publications/event-handler.mdx': { field: 'body', says: /event handler attribute onClick on <span> is not allowed/ },
  'publications/javascript-url.mdx': { field: 'body', says: /the URL "javascript:alert\(1\)" is not allowed/ },
  'publications/import-statement.mdx': { field: 'body', says: /import and export statements are not allowed/ },
  'publications/js-expression.mdx': {
    field: 'body',
    says: /JavaScript expression \{process\.env\.SECRET\} is not allowed/,
  },
  'publications/MD3R.mdx': { says: /duplicate slug "md3r": content\/publications\/md3r\.mdx has the same name/ },
  'publications/My Paper.mdx': {
    says: /file name "My Paper\.mdx" becomes the page address: use lower-case letters, digits and hyphens, e\.g\. "my-paper\.mdx"/,
  },
  'experience/bad-date.mdx': {
    field: 'start',
    says: /expected a date \(YYYY-MM or YYYY-MM-DD\), got the text "2024-13"/,
  },
  'experience/end-before-start.mdx': { field: 'end', says: /2023-01 is before start 2024-06/ },
  'experience/url-without-scheme.mdx': { field: 'url', says: /"www\.example\.org" is not a URL/ },
  'awards/malformed-yaml.mdx': { says: /the front matter is not valid YAML: .*\(line \d+\)/ },
  'awards/empty-file.mdx': { says: /the file is empty/ },
  'teaching/unknown-term.mdx': { field: 'term', says: /"autumn" is not one of spring, summer, fall, winter/ },
  'projects/dangling-paper-reference.mdx': { field: 'papers[0]', says: /no publication has the slug "no-such-paper"/ },
  'slides/keynote.mdx': {
    says: /matches no content type; content files are profile\/index\.mdx, publications\/\*\.mdx/,
  },
  'talks/unknown-kind.mdx': {
    field: 'kind',
    says: /"webinar" is not one of talk, invited-talk, keynote, tutorial, poster, lecture, seminar, panel/,
  },
  'talks/ambiguous-city.mdx': {
    field: 'place.city',
    says: /"Cambridge" is ambiguous in United States: Cambridge \(region MA, [\d,]+ people, at 42\.\d+, -71\.\d+\); Cambridge \(region MD.*Choose one with place\.region \(e\.g\. region: MA\) or give coordinates/,
  },
  'talks/unknown-city.mdx': {
    field: 'place.city',
    says: /no place called "Viena" in Austria; nearest names: "Vienna"/,
  },
  'talks/unknown-country.mdx': {
    field: 'place.country',
    says: /"Brasil" is not a country name or ISO code; did you mean "Brazil"\?/,
  },
  'talks/region-by-name.mdx': {
    field: 'place.region',
    says: /no "Cambridge" in region "Massachusetts" of United States; the gazetteer's region codes for it are "MA", "MD"/,
  },
  'talks/nowhere.mdx': {
    field: 'place',
    says: /a talk needs a place, \{ city: Vienna, country: Austria \}, or online: true/,
  },
  'talks/month-only-date.mdx': {
    field: 'date',
    says: /2025-07 needs a day: write it as YYYY-MM-DD, e\.g\. 2025-07-01/,
  },
  'talks/dangling-paper.mdx': { field: 'papers[0]', says: /no publication has the slug "no-such-paper"/ },
  'talks/latitude-out-of-range.mdx': { field: 'coordinates.lat', says: /123 is not a latitude \(-90 to 90\)/ },
  'news/dangling-talk.mdx': {
    field: 'talk',
    says: /no talk has the slug "no-such-talk" \(there is no content\/talks\/no-such-talk\.mdx\)/,
  },
  'posts/bad-formula.mdx': {
    field: 'body',
    says: /line 9: KaTeX cannot render the formula \$\$…\$\$: .*expected '\}'/,
  },
  'posts/bad-title-formula.mdx': { field: 'title', says: /KaTeX cannot render the formula \$\\sqrt\{x\$: / },
  'posts/updated-before-date.mdx': { field: 'updated', says: /2025-05-01 is before the post's date 2025-06-01/ },
  'news/unquoted-paper-number.mdx': { field: 'paper', says: /expected text, got the number 2505; put it in quotes/ },
  'pages/publications.mdx': {
    says: /the file name "publications\.mdx" would be the address \/publications\/, already the site's own \/publications\/ page: rename the file/,
  },
}

test('every bad fixture has an expectation and every expectation a fixture', () => {
  assert.deepEqual(filesBelow(BAD_DIR), Object.keys(BAD).sort())
})

test('the real content passes', async () => {
  const r = await checkContentCli(join(ROOT, 'content'), join(ROOT, 'public'))
  assert.equal(r.code, 0, r.output)
  assert.match(r.output, /Content check passed/)
})

describe('each bad fixture fails the check, naming the file and the field', { concurrency: 4 }, () => {
  for (const [file, expectations] of Object.entries(BAD)) {
    test(file, async () => {
      const site = tempContent()
      try {
        mkdirSync(dirname(join(site.content, file)), { recursive: true })
        copyFixture(join(BAD_DIR, file), join(site.content, file))
        const r = await checkContentHere(site.content, site.public)
        assert.equal(r.code, 1, r.output)
        for (const expected of [expectations].flat()) {
          const line = r.output.split('\n').find((l) => l.includes(`content/${file}:`) && expected.says.test(l))
          assert.ok(line, `no line for content/${file} matching ${expected.says}:\n${r.output}`)
          if (expected.field)
            assert.ok(line.includes(`field "${expected.field}": `), `the field is not named:\n${line}`)
        }
      } finally {
        rmSync(site.dir, { recursive: true, force: true })
      }
    })
  }
})

describe('a document without each required field fails, for every type', { concurrency: 4 }, () => {
  for (const type of DOCUMENT_TYPES) {
    const required = Object.entries(type.fields)
      .filter(([, def]) => def.required)
      .map(([key]) => key)
    for (const field of required) {
      test(`${type.name} without "${field}"`, async () => {
        const site = tempContent()
        try {
          // Start from a real document of the type (a fixture, for a section the site has no entry in yet) and take the field away.
          const from = [join(ROOT, 'content'), SECTIONS_DIR].find((dir) =>
            filesBelow(dir).some((f) => f.startsWith(`${type.folder}/`)),
          )
          const source = from && filesBelow(from).find((f) => f.startsWith(`${type.folder}/`))
          assert.ok(from && source, `no ${type.name} in content/ or ${SECTIONS_DIR} to start from`)
          const doc = matter(readFileSync(join(from, source), 'utf8'), {})
          const data: Record<string, unknown> = { ...doc.data }
          delete data[field]
          const file = type.singleton ? source : `${type.folder}/without-${field.toLowerCase()}.mdx`
          mkdirSync(join(site.content, type.folder), { recursive: true })
          // (gray-matter writes no front matter at all for no fields: a news item has just its date.)
          const text = Object.keys(data).length > 0 ? matter.stringify(doc.content, data) : `---\n---\n${doc.content}`
          writeFileSync(join(site.content, file), text)
          const r = await checkContentHere(site.content, site.public)
          assert.equal(r.code, 1, r.output)
          assert.ok(r.output.includes(`content/${file}: field "${field}": required but missing`), r.output)
        } finally {
          rmSync(site.dir, { recursive: true, force: true })
        }
      })
    }
  }
})

describe('valid edge cases pass', { concurrency: 4 }, () => {
  const good = filesBelow(GOOD_DIR)

  test('the corpus has the edge cases', () => {
    for (const name of [
      'utf8-bom',
      'crlf-line-endings',
      'cjk-and-emoji-title',
      'sixty-authors',
      'accented-names',
      'colons-and-quotes',
    ]) {
      assert.ok(good.includes(`publications/${name}.mdx`), name)
    }
    assert.ok(
      readFileSync(join(GOOD_DIR, 'publications/utf8-bom.mdx'))
        .subarray(0, 3)
        .equals(Buffer.from([0xef, 0xbb, 0xbf])),
    )
    assert.ok(readFileSync(join(GOOD_DIR, 'publications/crlf-line-endings.mdx'), 'utf8').includes('\r\n'))
  })

  for (const file of [...good, 'all together']) {
    test(file, async () => {
      const site = tempContent()
      try {
        for (const f of file === 'all together' ? good : [file]) copyFixture(join(GOOD_DIR, f), join(site.content, f))
        const r = await checkContentHere(site.content, site.public)
        assert.equal(r.code, 0, r.output)
      } finally {
        rmSync(site.dir, { recursive: true, force: true })
      }
    })
  }
})

test('the menu and the pages agree: an item names a page that exists, a page asking for the menu is in a menu written out in full', async () => {
  const site = tempContent()
  try {
    mkdirSync(join(site.content, 'pages'))
    writeFileSync(join(site.content, 'pages/group.mdx'), '---\ntitle: Group\nmenu: true\n---\n\nWho we are.\n')
    writeFileSync(join(site.content, 'pages/notes.mdx'), '---\ntitle: Notes\n---\n\nOff the menu.\n')
    const data = join(site.dir, 'data')
    mkdirSync(data)
    const settings = (menu: string) => writeFileSync(join(data, 'site.yml'), `menu:\n${menu}`)
    const check = async () => {
      const problems = await checkContent({ contentDir: site.content, publicDir: site.public, dataDir: data })
      return problems.map(formatProblem)
    }
    settings('  - section: about\n  - page: gruop\n')
    const wrong = await check()
    assert.ok(
      wrong.some((l) =>
        /^data\/site\.yml: field "menu\[1\]\.page": no page has the file name "gruop" .*the pages are group, notes/.test(
          l,
        ),
      ),
      wrong.join('\n'),
    )
    assert.ok(
      wrong.some((l) =>
        /^content\/pages\/group\.mdx: field "menu": the page asks to be in the menu, but data\/site\.yml .*add "- page: group"/.test(
          l,
        ),
      ),
      wrong.join('\n'),
    )
    settings('  - section: about\n  - page: group\n    label: Lab\n  - page: notes\n')
    assert.deepEqual(await check(), [])
    // Without a menu of its own, the site's default one has the page that asks.
    rmSync(join(data, 'site.yml'))
    assert.deepEqual(await check(), [])
  } finally {
    rmSync(site.dir, { recursive: true, force: true })
  }
})

test("the settings' redirects lead from an address the site does not have to a page it has", async () => {
  const site = tempContent()
  try {
    const data = join(site.dir, 'data')
    mkdirSync(data)
    const check = async (redirects: string) => {
      writeFileSync(join(data, 'site.yml'), `redirects:\n${redirects}`)
      return (await checkContent({ contentDir: site.content, publicDir: site.public, dataDir: data })).map(
        formatProblem,
      )
    }
    const wrong = await check(
      [
        '  - { from: /publications/, to: / }',
        '  - { from: /year-archive/, to: /posts/ }',
        '  - { from: year-archive, to: /publications/ }',
        '  - { from: /about/, to: /publications/ }',
        '  - { from: /old-list/, to: /publications/ }',
        '  - { from: /old-list, to: /publications/ }',
      ].join('\n') + '\n',
    )
    const says = (field: string, re: RegExp) =>
      assert.ok(
        wrong.some((l) => l.startsWith(`data/site.yml: field "${field}": `) && re.test(l)),
        `${field}:\n${wrong.join('\n')}`,
      )
    says('redirects[0].from', /\/publications\/ is the address of a page of this site/)
    // The owner has no posts: /posts/ is no page of this site.
    says('redirects[1].to', /\/posts\/ is no page of this site/)
    says('redirects[2].from', /"year-archive" is not a site path/)
    // The profile keeps /about/ as its old address.
    says('redirects[3].from', /\/about\/ is an entry's old address \(its redirectFrom\) already/)
    says('redirects[5].from', /\/old-list is in redirects twice/)
    assert.equal(wrong.length, 5, wrong.join('\n'))
    assert.deepEqual(await check('  - { from: /year-archive/, to: /publications/ }\n'), [])
  } finally {
    rmSync(site.dir, { recursive: true, force: true })
  }
})

describe('talks, news and posts', () => {
  test("the fixture person's site passes: each place found, each formula rendered, the settings valid", async () => {
    const r = await checkContentHere(SECTIONS_DIR, join(SITE_DIR, 'public'))
    assert.equal(r.code, 0, r.output)
  })

  test('geocoding 1,000 talks, gazetteer load included, takes under 5 seconds', async () => {
    // In a fresh process, so the gazetteer is loaded cold, as in a build.
    const script = `
      const started = performance.now()
      const { gazetteer } = await import('./lib/model/places.ts')
      const places = ${JSON.stringify(
        filesBelow(join(SECTIONS_DIR, 'talks')).flatMap((f) => {
          const { data } = matter(readFileSync(join(SECTIONS_DIR, 'talks', f), 'utf8'), {})
          return data.place && !data.coordinates ? [data.place] : []
        }),
      )}
      for (let i = 0; i < 1000; i++) {
        const found = gazetteer().resolve(places[i % places.length])
        if (!('place' in found)) throw new Error(found.problem)
      }
      console.log(Math.round(performance.now() - started))`
    const r = await run('npx', ['tsx', '--input-type=module', '-e', script])
    assert.equal(r.code, 0, r.output)
    const ms = Number(r.output.trim().split('\n').at(-1))
    assert.ok(ms < 5000, `${ms} ms`)
  })
})
