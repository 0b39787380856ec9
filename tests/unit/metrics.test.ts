// `npm run metrics` against recorded answers on 127.0.0.1 (Semantic Scholar's /graph/v1/paper,
// OpenAlex's /works, GitHub's /repos): a dated snapshot for every paper with an arXiv id or DOI
// and every GitHub project; a failure keeps the previous figure and is named; a killed run leaves
// the snapshot as it was; a malformed snapshot is refused with its file and entry named.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import matter from 'gray-matter'
import { YAML_ENGINE } from '../../lib/model/check'
import { parseMetrics } from '../../lib/model/metrics'
import { freePort, ROOT, run, tempContent } from '../helpers'

const contentFiles = (folder: string) =>
  readdirSync(join(ROOT, 'content', folder)).map((f) => ({
    slug: f.replace(/\.mdx$/, ''),
    data: matter(readFileSync(join(ROOT, 'content', folder, f), 'utf8'), YAML_ENGINE).data,
  }))
const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {}

/** Papers the command can look up (an arXiv id or a DOI), and GitHub projects, from content/. */
const papers = contentFiles('publications').filter((p) => record(p.data.links).arxiv || record(p.data.links).doi)
const projects = contentFiles('projects').filter((p) => String(p.data.repository).startsWith('https://github.com/'))
const repoOf = (p: { data: Record<string, unknown> }) => String(p.data.repository).replace('https://github.com/', '')

describe('npm run metrics, against a local server', { concurrency: 1 }, () => {
  let server: Server
  let port = 0
  const seen: { path: string; ua: string; auth: string }[] = []
  /** A repository whose answer is a 500, every time. */
  const broken = projects[0] ? repoOf(projects[0]) : ''
  let delayMs = 0

  before(async () => {
    port = await freePort()
    server = createServer((req, res) => {
      const path = req.url ?? '/'
      seen.push({ path, ua: String(req.headers['user-agent']), auth: String(req.headers.authorization ?? '') })
      const json = (status: number, body: unknown) => {
        setTimeout(
          () => res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body)),
          delayMs,
        )
      }
      const s2 = /^\/graph\/v1\/paper\/([^?]+)\?fields=citationCount$/.exec(path)
      const repo = /^\/repos\/(.+)$/.exec(path)
      if (s2) json(200, { paperId: 'f0f0f0', citationCount: 12 + decodeURIComponent(s2[1] ?? '').length })
      else if (repo?.[1] === broken) json(500, { message: 'Server Error' })
      else if (repo) json(200, { id: 1, full_name: repo[1], stargazers_count: 1000 + (repo[1]?.length ?? 0) })
      else json(404, { message: 'Not Found' })
    })
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  })
  after(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const env = () => ({
    SEMANTIC_SCHOLAR_API_URL: `http://127.0.0.1:${port}`,
    OPENALEX_API_URL: `http://127.0.0.1:${port}`,
    GITHUB_API_URL: `http://127.0.0.1:${port}`,
    GITHUB_TOKEN: 'test-token',
    METRICS_BACKOFF_MS: '10',
    METRICS_TIMEOUT_MS: '2000',
  })

  test('a dated figure for each paper and project; a failure keeps the previous one and is named', async () => {
    assert.ok(papers.length > 0 && projects.length > 1, 'content/ has papers with ids and GitHub projects')
    const site = tempContent()
    try {
      const out = join(site.dir, 'data/metrics.json')
      mkdirSync(join(site.dir, 'data'))
      const old = { value: 5, date: '2025-01-01', source: 'github' as const }
      writeFileSync(out, JSON.stringify({ papers: {}, projects: { [projects[0]?.slug ?? '']: old } }))
      const r = await run('npx', ['tsx', 'scripts/metrics.ts', '--content', site.content, '--out', out], ROOT, env())
      assert.equal(r.code, 1, r.output)
      assert.match(r.output, new RegExp(`not fetched: projects/${projects[0]?.slug}: .*500`))
      const snapshot = parseMetrics(readFileSync(out, 'utf8'))
      const today = new Date().toISOString().slice(0, 10)
      for (const p of papers) {
        const links = record(p.data.links)
        const id = links.arxiv ? `arXiv:${String(links.arxiv)}` : `DOI:${String(links.doi)}`
        assert.deepEqual(
          snapshot.papers[p.slug],
          { value: 12 + id.length, date: today, source: 'semanticscholar' },
          p.slug,
        )
      }
      assert.deepEqual(snapshot.projects[projects[0]?.slug ?? ''], old, 'the failed project keeps its figure')
      for (const p of projects.slice(1))
        assert.deepEqual(snapshot.projects[p.slug], { value: 1000 + repoOf(p).length, date: today, source: 'github' })
      // Polite: a descriptive User-Agent everywhere, the token only to GitHub, retries bounded.
      assert.ok(seen.every((s) => s.ua.startsWith('academic-homepage-metrics/')))
      assert.ok(seen.filter((s) => s.path.startsWith('/repos/')).every((s) => s.auth === 'Bearer test-token'))
      assert.ok(seen.filter((s) => s.path.startsWith('/graph/')).every((s) => s.auth === ''))
      assert.equal(seen.filter((s) => s.path === `/repos/${broken}`).length, 4)
    } finally {
      rmSync(site.dir, { recursive: true, force: true })
    }
  })

  test('a run killed midway leaves the snapshot as it was', async () => {
    const site = tempContent()
    try {
      const out = join(site.dir, 'data/metrics.json')
      mkdirSync(join(site.dir, 'data'))
      const before = `${JSON.stringify({ papers: {}, projects: {} }, null, 2)}\n`
      writeFileSync(out, before)
      delayMs = 3000
      seen.length = 0
      const child = spawn('npx', ['tsx', 'scripts/metrics.ts', '--content', site.content, '--out', out], {
        cwd: ROOT,
        env: { ...process.env, ...env() },
        detached: true,
        stdio: 'ignore',
      })
      const deadline = Date.now() + 30_000
      while (seen.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
      assert.ok(seen.length > 0, 'the run made a request')
      process.kill(-(child.pid ?? 0), 'SIGKILL')
      await new Promise((r) => child.once('exit', r))
      assert.equal(readFileSync(out, 'utf8'), before)
      assert.deepEqual(readdirSync(join(site.dir, 'data')), ['metrics.json'], 'no half-written file left')
    } finally {
      delayMs = 0
      rmSync(site.dir, { recursive: true, force: true })
    }
  })
})

test('a malformed snapshot is refused, naming the file and the entry', () => {
  assert.throws(
    () => parseMetrics('{"papers": {"md3r": {"value": "many", "date": "2026-11-26", "source": "openalex"}}}'),
    /data\/metrics\.json: papers\.md3r must be \{ value: a whole number/,
  )
  assert.throws(() => parseMetrics('{"papers": '), /data\/metrics\.json: not JSON/)
  assert.deepEqual(parseMetrics('{}'), { papers: {}, projects: {} })
})
