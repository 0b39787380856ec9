// npm test: the whole suite, in two lanes that run side by side on a 2-core machine (most steps use
// one core or wait on a browser, so together they keep both busy). Lane one builds the site, checks
// it in Chromium and runs the in-process tests; lane two builds temporary copies and checks them. Each step's output is
// printed whole when it ends; the run fails if any step fails, after every lane has finished.
import { spawn } from 'node:child_process'

interface Step {
  name: string
  script: string
  env?: Record<string, string>
}

const LANES: Step[][] = [
  [
    { name: 'typecheck', script: 'typecheck' },
    { name: 'lint', script: 'lint' },
    // The site the e2e suite reads, with an address, as a production deploy has.
    { name: 'build', script: 'build', env: { SITE_URL: 'https://site.example' } },
    { name: 'check:out', script: 'check:out' },
    { name: 'test:e2e', script: 'test:e2e' },
    // In-process tests: some read the generated content, which the steps above write.
    { name: 'test:unit', script: 'test:unit' },
  ],
  // The whole builds: the longest step.
  // (Each copy is built once: Turbopack's cache would be written for nothing.)
  [{ name: 'test:sites', script: 'test:sites', env: { TURBOPACK_BUILD_CACHE: '0' } }],
]

interface Result {
  name: string
  code: number | null
  seconds: number
  output: string
}

function runStep(step: Step): Promise<Result> {
  const started = performance.now()
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', step.script], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...step.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    child.on('close', (code) =>
      resolve({ name: step.name, code, output, seconds: (performance.now() - started) / 1000 }),
    )
  })
}

async function runLane(steps: Step[]): Promise<Result[]> {
  const results: Result[] = []
  for (const step of steps) {
    const result = await runStep(step)
    results.push(result)
    const verdict = result.code === 0 ? 'passed' : `FAILED (exit ${result.code})`
    console.log(
      `\n===== ${result.name}: ${verdict} in ${result.seconds.toFixed(0)} s =====\n${result.output.trimEnd()}`,
    )
    // A lane stops at its first failure: what follows in it reads what the failed step made.
    if (result.code !== 0) break
  }
  return results
}

/** Tests counted from the runners' own closing lines: node's test runner and Playwright's list reporter. */
function counts(output: string): { passed: number; failed: number } {
  const node = (word: string) => Number(new RegExp(`^ℹ ${word} (\\d+)$`, 'm').exec(output)?.[1] ?? 0)
  const playwright = (word: string) => Number(new RegExp(`^\\s+(\\d+) ${word}\\b`, 'm').exec(output)?.[1] ?? 0)
  return { passed: node('pass') + playwright('passed'), failed: node('fail') + playwright('failed') }
}

const started = performance.now()
const results = (await Promise.all(LANES.map(runLane))).flat()
const failed = results.filter((r) => r.code !== 0)
const planned = LANES.flat().length
const total = results
  .map((r) => counts(r.output))
  .reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed }))

// CI shows the end of the log: each failed step's own closing lines (its runner's list of failures) come last but one.
for (const r of failed)
  console.log(`\n===== ${r.name} failed; its last lines =====\n${r.output.trimEnd().split('\n').slice(-40).join('\n')}`)

console.log('\n===== npm test =====')
for (const r of results)
  console.log(`${r.code === 0 ? 'ok  ' : 'FAIL'} ${r.name.padEnd(12)} ${r.seconds.toFixed(0).padStart(4)} s`)
if (results.length < planned) console.log(`not run: ${planned - results.length} step(s) after a failure`)
console.log(`all: ${((performance.now() - started) / 1000).toFixed(0)} s`)
console.log(`${total.passed} passed, ${total.failed} failed`)
process.exit(failed.length > 0 || results.length < planned ? 1 : 0)
