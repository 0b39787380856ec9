// npm run metrics [-- --content DIR --out FILE]: citation counts per paper (Semantic Scholar by
// arXiv id or DOI, OpenAlex by DOI when Semantic Scholar has none) and stars per project (GitHub's
// REST API; GITHUB_TOKEN, if set, raises its rate limit), written with today's date to
// data/metrics.json. A figure it cannot fetch keeps its previous value and is named; the file is
// replaced whole (written to a temporary name, then renamed), so a killed run leaves it as it was.
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import matter from 'gray-matter'
import { YAML_ENGINE } from '../lib/model/check'
import { EMPTY_METRICS, METRICS_FILE, parseMetrics, type Figure, type MetricsSnapshot } from '../lib/model/metrics'
import { apiBase, httpClient, HttpError, type HttpClient } from './shared/http'

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: METRICS_FILE },
  },
})

const read = (file: string) => matter(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), YAML_ENGINE).data
const docs = (folder: string) => {
  const dir = join(values.content, folder)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ slug: f.replace(/\.mdx$/, ''), data: read(join(dir, f)) }))
}
const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {}

const profile = read(join(values.content, 'profile', 'index.mdx'))
const email = (Array.isArray(profile.links) ? profile.links : [])
  .map((l) => String(record(l).url ?? ''))
  .find((u) => u.startsWith('mailto:'))
  ?.slice('mailto:'.length)

const http = httpClient({
  userAgent: `academic-homepage-metrics/1.0 (${email ? `mailto:${email}` : 'no contact address in the profile'})`,
  timeoutMs: Number(process.env.METRICS_TIMEOUT_MS) || 20_000,
  backoffMs: Number(process.env.METRICS_BACKOFF_MS) || 1000,
})
const today = new Date().toISOString().slice(0, 10)

const previous: MetricsSnapshot = existsSync(values.out)
  ? parseMetrics(readFileSync(values.out, 'utf8'), values.out)
  : EMPTY_METRICS
const next: MetricsSnapshot = { papers: {}, projects: {} }
const failed: string[] = []
const changed: string[] = []

async function paperCitations(client: HttpClient, links: Record<string, unknown>): Promise<Figure | undefined> {
  const ids = [
    typeof links.arxiv === 'string' ? `arXiv:${links.arxiv}` : undefined,
    typeof links.doi === 'string' ? `DOI:${links.doi}` : undefined,
  ].filter((x): x is string => x !== undefined)
  for (const id of ids) {
    try {
      const paper = record(
        await client.getJson(
          `${apiBase('semanticscholar')}/graph/v1/paper/${encodeURIComponent(id)}?fields=citationCount`,
        ),
      )
      if (typeof paper.citationCount === 'number') {
        return { value: paper.citationCount, date: today, source: 'semanticscholar' }
      }
    } catch (error) {
      if (!(error instanceof HttpError && error.status === 404)) throw error
    }
  }
  if (typeof links.doi === 'string') {
    const work = record(await client.getJson(`${apiBase('openalex')}/works/doi:${encodeURIComponent(links.doi)}`))
    if (typeof work.cited_by_count === 'number') return { value: work.cited_by_count, date: today, source: 'openalex' }
  }
  return undefined
}

for (const { slug, data } of docs('publications')) {
  const links = record(data.links)
  if (typeof links.arxiv !== 'string' && typeof links.doi !== 'string') continue
  try {
    const figure = await paperCitations(http, links)
    if (figure) next.papers[slug] = figure
    else failed.push(`publications/${slug}: no service knows it`)
  } catch (error) {
    failed.push(`publications/${slug}: ${error instanceof Error ? error.message : String(error)}`)
    const before = previous.papers[slug]
    if (before) next.papers[slug] = before
  }
}

// GitHub allows 60 requests an hour without a token; GITHUB_TOKEN (as Actions provides) raises it.
const github = httpClient({
  userAgent: 'academic-homepage-metrics/1.0',
  timeoutMs: Number(process.env.METRICS_TIMEOUT_MS) || 20_000,
  backoffMs: Number(process.env.METRICS_BACKOFF_MS) || 1000,
  headers: process.env.GITHUB_TOKEN ? { Authorization: `Bearer ${process.env.GITHUB_TOKEN}` } : {},
})
for (const { slug, data } of docs('projects')) {
  const repo = /^https:\/\/github\.com\/([^/]+\/[^/#?]+?)(?:\.git)?\/?$/.exec(String(data.repository ?? ''))?.[1]
  if (!repo) continue
  try {
    const answer = await github.getJson(`${apiBase('github')}/repos/${repo}`)
    const stars = record(answer).stargazers_count
    if (typeof stars === 'number') next.projects[slug] = { value: stars, date: today, source: 'github' }
    else failed.push(`projects/${slug}: GitHub's answer has no stargazers_count`)
  } catch (error) {
    failed.push(`projects/${slug}: ${error instanceof Error ? error.message : String(error)}`)
    const before = previous.projects[slug]
    if (before) next.projects[slug] = before
  }
}

for (const group of ['papers', 'projects'] as const) {
  for (const [slug, f] of Object.entries(next[group])) {
    const before = previous[group][slug]
    if (before?.value !== f.value) changed.push(`${group}/${slug}: ${before?.value ?? 'none'} -> ${f.value}`)
  }
}

mkdirSync(dirname(values.out), { recursive: true })
const temporary = join(dirname(values.out), `.metrics.json.writing`)
writeFileSync(temporary, `${JSON.stringify(next, null, 2)}\n`)
renameSync(temporary, values.out)

for (const line of changed) console.log(line)
for (const line of failed) console.warn(`not fetched: ${line}`)
console.log(
  `${values.out}: ${Object.keys(next.papers).length} papers, ${Object.keys(next.projects).length} projects (${changed.length} changed, ${failed.length} not fetched; ${http.requests + github.requests} requests)`,
)
process.exit(failed.length > 0 ? 1 : 0)
