// `npm run import` by identifier, against recorded answers served on 127.0.0.1 (no test touches
// the internet): each identifier kind writes a paper that passes the content check; 404, 429 with
// Retry-After, 500 then success, a timeout and malformed answers are reported; an arXiv paper
// that later appears at a venue is updated, not duplicated; a killed run leaves content/ as it was.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { join } from 'node:path'
import { after, before, beforeEach, describe, test } from 'node:test'
import matter from 'gray-matter'
import { YAML_ENGINE } from '../../lib/model/check'
import { parseIdentifier } from '../../lib/authoring/identifiers'
import { retryAfterMs } from '../../scripts/shared/http'
import { checkContentHere, freePort, OWNER, ROOT, run, tempContent, type Run } from '../helpers'

const API = join(ROOT, 'tests/fixtures/api')
const [OWNER_GIVEN, OWNER_FAMILY] = [OWNER.split(' ').slice(0, -1).join(' '), OWNER.split(' ').at(-1) ?? '']

/** A recorded answer, the owner's name filled in. */
const recorded = (file: string) =>
  readFileSync(join(API, file), 'utf8')
    .replaceAll('{{owner}}', OWNER)
    .replaceAll('{{owner-given}}', OWNER_GIVEN)
    .replaceAll('{{owner-family}}', OWNER_FAMILY)

interface Answer {
  status: number
  body: string
  type?: string
  headers?: Record<string, string>
  delayMs?: number
}

test('identifiers are read in every documented form', () => {
  const cases: [string, string | undefined][] = [
    ['arXiv:2505.11574', 'arxiv:2505.11574'],
    ['arxiv:2505.11574v3', 'arxiv:2505.11574'],
    ['https://arxiv.org/abs/2505.11574v2', 'arxiv:2505.11574'],
    ['https://arxiv.org/pdf/2505.11574.pdf', 'arxiv:2505.11574'],
    ['doi:10.18653/v1/2025.acl-long.1', 'doi:10.18653/v1/2025.acl-long.1'],
    ['https://doi.org/10.18653/v1/2025.acl-long.1', 'doi:10.18653/v1/2025.acl-long.1'],
    ['openreview:xdVLvWZcUe', 'openreview:xdVLvWZcUe'],
    ['https://openreview.net/forum?id=xdVLvWZcUe', 'openreview:xdVLvWZcUe'],
    ['https://openreview.net/pdf?id=xdVLvWZcUe', 'openreview:xdVLvWZcUe'],
    ['arXiv:not-an-id', undefined],
    ['papers.bib', undefined],
  ]
  for (const [text, expected] of cases) {
    const id = parseIdentifier(text)
    assert.equal(id && `${id.kind}:${id.id}`, expected, text)
  }
  assert.equal(retryAfterMs('3'), 3000)
  assert.equal(retryAfterMs(new Date(Date.now() + 5000).toUTCString()) !== undefined, true)
  assert.equal(retryAfterMs('soon'), undefined)
})

describe('npm run import by identifier, against a local server', { concurrency: 1 }, () => {
  let server: Server
  let port = 0
  /** path (with query) -> the answers to give, in turn; the last one repeats. */
  let routes = new Map<string, Answer[]>()
  let seen: { path: string; at: number }[] = []
  let site: ReturnType<typeof tempContent>

  before(async () => {
    port = await freePort()
    server = createServer((req, res) => {
      const path = req.url ?? '/'
      seen.push({ path, at: Date.now() })
      const answers = routes.get(path)
      const answer = answers && answers.length > 1 ? answers.shift() : answers?.[0]
      const send = () => {
        if (!answer) {
          res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Resource not found.')
          return
        }
        res.writeHead(answer.status, { 'Content-Type': answer.type ?? 'application/json', ...answer.headers })
        res.end(answer.body)
      }
      if (answer?.delayMs) setTimeout(send, answer.delayMs)
      else send()
    })
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  })
  after(() => new Promise<void>((resolve) => server.close(() => resolve())))
  beforeEach(() => {
    routes = new Map()
    seen = []
  })

  const env = () => ({
    ORCID_API_URL: `http://127.0.0.1:${port}`,
    DBLP_API_URL: `http://127.0.0.1:${port}`,
    OPENALEX_API_URL: `http://127.0.0.1:${port}`,
    SEMANTIC_SCHOLAR_API_URL: `http://127.0.0.1:${port}`,
    ARXIV_API_URL: `http://127.0.0.1:${port}`,
    CROSSREF_API_URL: `http://127.0.0.1:${port}/`,
    OPENREVIEW_API_URL: `http://127.0.0.1:${port}`,
    IMPORT_TIMEOUT_MS: '400',
    IMPORT_BACKOFF_MS: '20',
  })
  const importIds = (...ids: string[]): Promise<Run> =>
    run('npx', ['tsx', 'scripts/import.ts', ...ids, '--content', site.content, '--public', site.public], ROOT, env())
  const papers = () => readdirSync(join(site.content, 'publications')).sort()
  const paper = (slug: string) =>
    matter(readFileSync(join(site.content, 'publications', `${slug}.mdx`), 'utf8'), YAML_ENGINE).data
  const fresh = () => {
    site = tempContent()
    return site
  }
  const arxiv = (id: string, body: string) =>
    routes.set(`/api/query?id_list=${id}`, [{ status: 200, body, type: 'application/atom+xml' }])
  const crossref = (doi: string, answers: Answer[]) => routes.set(`/works/${encodeURIComponent(doi)}`, answers)

  test('each identifier kind writes a paper with its abstract that passes the content check', async () => {
    fresh()
    try {
      const before = papers()
      arxiv('2512.00001', recorded('arxiv-2512.00001.xml'))
      crossref('10.5555/fixture.60', [{ status: 200, body: recorded('crossref-10.5555-fixture.60.json') }])
      routes.set('/notes?id=FixTur3Id0', [{ status: 200, body: recorded('openreview-FixTur3Id0.json') }])
      const r = await importIds('arXiv:2512.00001', 'https://doi.org/10.5555/fixture.60', 'openreview:FixTur3Id0')
      assert.equal(r.code, 0, r.output)
      assert.match(r.output, /3 entries: 3 added, 0 updated, 0 unchanged, 0 not imported/)
      const added = papers().filter((f) => !before.includes(f))
      assert.equal(added.length, 3, added.join(', '))
      const check = await checkContentHere(site.content, site.public)
      assert.equal(check.code, 0, check.output)

      const byLink = (key: string, value: string) => {
        const file = added.find((f) => {
          const links = paper(f.replace(/\.mdx$/, '')).links as Record<string, string> | undefined
          return links?.[key] === value
        })
        assert.ok(file, `${key}: ${value}`)
        return paper(file.replace(/\.mdx$/, ''))
      }
      const fromArxiv = byLink('arxiv', '2512.00001')
      // LaTeX kept as written (the check rendered it), whitespace folded.
      assert.equal(fromArxiv.title, 'Fixture Scaling: $O(n^{2})$ Attention under $W_4A_8$ Quantization')
      assert.match(
        String(fromArxiv.abstract),
        /^We study attention whose cost grows as \$O\(n\^\{2\}\)\$ .* \$\\epsilon < 10\^\{-3\}\$ error\.$/,
      )
      assert.deepEqual(
        (fromArxiv.authors as { name: string }[]).map((a) => a.name),
        [OWNER, 'Zoë Ångström', 'Łukasz Müller-Øster'],
      )
      assert.equal(fromArxiv.status, 'preprint')
      assert.equal(fromArxiv.year, 2025)
      assert.equal(fromArxiv.month, 11)

      const sixty = byLink('doi', '10.5555/fixture.60')
      assert.equal((sixty.authors as unknown[]).length, 60)
      assert.equal((sixty.authors as { name: string }[])[0]?.name, OWNER)
      assert.ok((sixty.authors as { name: string }[]).some((a) => a.name === 'Đorđe Petrović'))
      assert.deepEqual(sixty.venue, { name: 'Journal of Fixture Research', kind: 'journal' })
      assert.equal(sixty.status, 'published')
      assert.match(String(sixty.abstract), /^A journal paper with sixty authors/)

      const fromOpenReview = byLink('openreview', 'FixTur3Id0')
      assert.deepEqual(fromOpenReview.venue, { name: 'ICLR 2026', kind: 'conference' })
      assert.equal(fromOpenReview.status, 'published')
      assert.deepEqual(fromOpenReview.tags, ['quantization', 'large-language-models'])
      // Crossref and OpenAlex ask for a contact in the User-Agent: the command sends one.
      assert.ok(seen.length === 3, JSON.stringify(seen))

      // Again: nothing changes.
      const again = await importIds('arXiv:2512.00001', 'doi:10.5555/fixture.60', 'openreview:FixTur3Id0')
      assert.match(again.output, /3 entries: 0 added, 0 updated, 3 unchanged, 0 not imported/)
    } finally {
      rmSync(site.dir, { recursive: true, force: true })
    }
  })

  test('a paper on arXiv that later appears at a venue is updated, not duplicated', async () => {
    fresh()
    try {
      arxiv('2512.00001', recorded('arxiv-2512.00001.xml'))
      const doi = '10.18653/v1/2026.fixture-main.7'
      crossref(doi, [{ status: 200, body: recorded('crossref-10.18653-v1-2026.fixture-main.7.json') }])
      const first = await importIds('arXiv:2512.00001')
      assert.equal(first.code, 0, first.output)
      const count = papers().length
      const second = await importIds(`doi:${doi}`)
      assert.equal(second.code, 0, second.output)
      assert.match(second.output, /1 updated/)
      assert.equal(papers().length, count)
      const slug = /: updated \S*\/([^/\s]+)\.mdx/.exec(second.output)?.[1]
      assert.ok(slug, second.output)
      const p = paper(slug)
      assert.equal(p.status, 'published')
      assert.equal((p.venue as { kind: string }).kind, 'conference')
      assert.deepEqual(p.links, { arxiv: '2512.00001', doi })
      assert.match(String(p.abstract), /We study attention/, 'the arXiv abstract is kept')
    } finally {
      rmSync(site.dir, { recursive: true, force: true })
    }
  })

  test('404, an unknown arXiv id, a timeout and malformed answers are reported, and nothing is written', async () => {
    fresh()
    try {
      const before = papers()
      arxiv('2512.99999', recorded('arxiv-empty.xml'))
      arxiv('2512.00002', recorded('arxiv-malformed.xml'))
      crossref('10.5555/slow', [{ status: 200, body: '{}', delayMs: 2000 }])
      crossref('10.5555/broken', [{ status: 200, body: recorded('crossref-malformed.json') }])
      const r = await importIds(
        'doi:10.5555/missing',
        'arXiv:2512.99999',
        'doi:10.5555/slow',
        'doi:10.5555/broken',
        'arXiv:2512.00002',
      )
      assert.equal(r.code, 1, r.output)
      assert.match(r.output, /doi:10\.5555\/missing: not imported \(could not be fetched: not found\)/)
      assert.match(r.output, /arXiv:2512\.99999: not imported \(arXiv has no paper with this identifier\)/)
      assert.match(
        r.output,
        /doi:10\.5555\/slow: not imported \(could not be fetched: .*no answer within 0\.4 s \(after 4 attempts\)\)/,
      )
      assert.match(r.output, /doi:10\.5555\/broken: not imported \(could not be fetched: .*the answer is not JSON/)
      assert.match(r.output, /arXiv:2512\.00002: not imported \(arXiv's answer is not readable XML/)
      assert.doesNotMatch(
        r.output,
        /not imported [^\n]*content\/publications/,
        'no file named for what was not written',
      )
      assert.deepEqual(papers(), before)
      // A 404 is not retried; a timeout is, three times.
      assert.equal(seen.filter((s) => s.path.includes('missing')).length, 1)
      assert.equal(seen.filter((s) => s.path.includes('slow')).length, 4)
    } finally {
      rmSync(site.dir, { recursive: true, force: true })
    }
  })

  test('429 with Retry-After is waited out, and a 500 is retried, then the paper is imported', async () => {
    fresh()
    try {
      crossref('10.5555/fixture.60', [
        { status: 429, body: 'Too many requests', type: 'text/plain', headers: { 'Retry-After': '1' } },
        { status: 500, body: 'Internal Server Error', type: 'text/plain' },
        { status: 200, body: recorded('crossref-10.5555-fixture.60.json') },
      ])
      const r = await importIds('doi:10.5555/fixture.60')
      assert.equal(r.code, 0, r.output)
      assert.match(r.output, /1 added/)
      const times = seen.map((s) => s.at)
      assert.equal(times.length, 3)
      assert.ok((times[1] ?? 0) - (times[0] ?? 0) >= 1000, 'Retry-After: 1 was honoured')
    } finally {
      rmSync(site.dir, { recursive: true, force: true })
    }
  })

  test('--from a profile (ORCID, DBLP, OpenAlex, Semantic Scholar) imports the works the site lacks and reports the rest', async () => {
    fresh()
    try {
      const existing = readdirSync(join(site.content, 'publications'))
        .map((f) => paper(f.replace(/\.mdx$/, '')))
        .find((d) => !(d.links as Record<string, string> | undefined)?.arxiv)
      assert.ok(existing, 'a real paper without an arXiv id, to be found by its title')
      routes.set('/v3.0/0000-0002-1825-0097/works', [
        { status: 200, body: recorded('orcid-0000-0002-1825-0097-works.json') },
      ])
      routes.set('/pid/123/4567.xml', [{ status: 200, body: recorded('dblp-123-4567.xml'), type: 'application/xml' }])
      routes.set('/works?filter=author.id:A5000000001&per-page=200', [
        {
          status: 200,
          body: recorded('openalex-A5000000001-works.json').replaceAll('{{existing-title}}', String(existing.title)),
        },
      ])
      routes.set('/graph/v1/author/1741101/papers?fields=title,externalIds&limit=1000', [
        { status: 200, body: recorded('semanticscholar-1741101-papers.json') },
      ])
      arxiv('2512.00001', recorded('arxiv-2512.00001.xml'))
      crossref('10.5555/fixture.60', [{ status: 200, body: recorded('crossref-10.5555-fixture.60.json') }])
      const before = papers().length
      const r = await importIds(
        '--from',
        'orcid:0000-0002-1825-0097',
        '--from',
        'https://dblp.org/pid/123/4567.html',
        '--from',
        'openalex:A5000000001',
        '--from',
        'https://www.semanticscholar.org/author/Fixture-Owner/1741101',
      )
      assert.equal(r.code, 1, r.output)
      assert.match(
        r.output,
        /orcid:0000-0002-1825-0097: "A work already on the site \(by its arXiv id\)": already on the site/,
      )
      assert.match(
        r.output,
        /orcid:0000-0002-1825-0097: "A poster with no identifier": not imported \(the profile gives no DOI or arXiv id; add it by hand\)/,
      )
      assert.match(r.output, /dblp:123\/4567: "A work already on the site": already on the site/)
      assert.match(
        r.output,
        new RegExp(
          `openalex:A5000000001: "${String(existing.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}": already on the site`,
        ),
      )
      assert.match(r.output, /semanticscholar:1741101: "A work already on the site": already on the site/)
      // Two new works, each listed by several profiles, each imported once.
      assert.match(r.output, /2 added/)
      assert.equal(papers().length, before + 2)
      assert.equal(seen.filter((x) => x.path.startsWith('/api/query')).length, 1)
      assert.equal(seen.filter((x) => x.path.startsWith('/works/')).length, 1)

      // The same profiles from the profile's identity links: `npm run sync`. Nothing is left to add.
      const profileFile = join(site.content, 'profile/index.mdx')
      const text = readFileSync(profileFile, 'utf8')
      writeFileSync(
        profileFile,
        text.replace(
          /^links:\n/m,
          'links:\n  - { kind: orcid, url: "https://orcid.org/0000-0002-1825-0097" }\n  - { kind: dblp, url: "https://dblp.org/pid/123/4567.html" }\n',
        ),
      )
      const sync = await run(
        'npx',
        ['tsx', 'scripts/import.ts', '--sync', '--content', site.content, '--public', site.public],
        ROOT,
        env(),
      )
      assert.match(sync.output, /0 added, 0 updated, 0 unchanged, 4 already on the site, 1 not imported/, sync.output)
    } finally {
      rmSync(site.dir, { recursive: true, force: true })
    }
  })

  test('a run killed midway leaves content/ exactly as it was', async () => {
    fresh()
    try {
      const before = new Map(papers().map((f) => [f, readFileSync(join(site.content, 'publications', f), 'utf8')]))
      arxiv('2512.00001', recorded('arxiv-2512.00001.xml'))
      crossref('10.5555/fixture.60', [
        { status: 200, body: recorded('crossref-10.5555-fixture.60.json'), delayMs: 5000 },
      ])
      const child = spawn(
        'npx',
        ['tsx', 'scripts/import.ts', 'arXiv:2512.00001', 'doi:10.5555/fixture.60', '--content', site.content],
        { cwd: ROOT, env: { ...process.env, ...env(), IMPORT_TIMEOUT_MS: '10000' }, detached: true, stdio: 'ignore' },
      )
      // Killed while it waits for the second answer, the first one already in hand.
      const deadline = Date.now() + 30_000
      while (!seen.some((s) => s.path.includes('fixture.60')) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50))
      assert.ok(
        seen.some((s) => s.path.includes('fixture.60')),
        'the run reached its second request',
      )
      process.kill(-(child.pid ?? 0), 'SIGKILL')
      await new Promise((r) => child.once('exit', r))
      const now = readdirSync(join(site.content, 'publications')).sort()
      assert.deepEqual(now, [...before.keys()].sort(), 'no file added, none half-written')
      for (const [f, text] of before) assert.equal(readFileSync(join(site.content, 'publications', f), 'utf8'), text, f)
    } finally {
      rmSync(site.dir, { recursive: true, force: true })
    }
  })
})
