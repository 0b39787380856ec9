// npm run bench:scale [-- --sizes 10,100,1000]
// Builds synthetic sites with N publications (and proportionate other content) in temporary copies
// of the project under .tmp/ and reports build time and time per page. Nothing generated is kept.
import { spawn } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { tempProject } from '../shared/temp-project'

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10,100,1000' } } })
const sizes = values.sizes.split(',').map(Number)
const TOPICS = ['quantization', 'reasoning', 'llm', 'systems', 'inference', 'training', 'multimodal', 'retrieval']

function run(command: string, cwd: string): Promise<{ code: number | null; ms: number; output: string }> {
  const started = performance.now()
  return new Promise((resolve) => {
    const child = spawn(command, { cwd, shell: true, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    child.on('close', (code) => resolve({ code, ms: performance.now() - started, output }))
  })
}

function write(dir: string, name: string, text: string) {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, name), text)
}

/** Synthetic content: n papers, n/10 positions and awards, n/20 courses and projects (at least 1 each). */
function generate(content: string, n: number) {
  for (const folder of ['publications', 'experience', 'awards', 'teaching', 'projects'])
    rmSync(join(content, folder), { recursive: true, force: true })
  for (let i = 0; i < n; i++) {
    const year = 2000 + (i % 26)
    const authors = Array.from({ length: 3 + (i % 8) }, (_, j) =>
      j === i % 3 ? '  - { name: Zhen Li }' : `  - { name: Author ${i}-${j} }`,
    ).join('\n')
    write(
      join(content, 'publications'),
      `paper-${i}.mdx`,
      `---\ntitle: "Synthetic Paper ${i}: A Study of Scale"\nauthors:\n${authors}\nstatus: ${i % 2 ? 'preprint' : 'published'}\n${i % 2 ? '' : `venue: { name: Synthetic Conference ${year}, kind: conference }\n`}year: ${year}\nmonth: ${(i % 12) + 1}\nlinks:\n  arxiv: "${String(year % 100).padStart(2, '0')}${String((i % 12) + 1).padStart(2, '0')}.${String(10000 + i).padStart(5, '0')}"\ntags: [${TOPICS[i % TOPICS.length]}, ${TOPICS[(i + 3) % TOPICS.length]}]\n---\n\nNotes on paper ${i}.\n`,
    )
  }
  for (let i = 0; i < Math.max(1, n / 10); i++) {
    write(
      join(content, 'experience'),
      `job-${i}.mdx`,
      `---\nrole: Engineer ${i}\norganisation: Company ${i}\nstart: ${2000 + (i % 20)}-01\nend: ${2000 + (i % 20)}-06\nkind: industry\n---\n`,
    )
    write(
      join(content, 'awards'),
      `award-${i}.mdx`,
      `---\ntitle: Award ${i}\nissuer: Society ${i}\nyear: ${2000 + (i % 25)}\n---\n`,
    )
  }
  for (let i = 0; i < Math.max(1, n / 20); i++) {
    write(
      join(content, 'teaching'),
      `course-${i}.mdx`,
      `---\nrole: Teaching Assistant\ncourseCode: C${1000 + i}\ncourseTitle: Course ${i}\ninstitution: PolyU\nyear: ${2000 + (i % 25)}\nterm: fall\n---\n`,
    )
    write(
      join(content, 'projects'),
      `project-${i}.mdx`,
      `---\nname: Project ${i}\nrepository: https://github.com/example/project-${i}\ndescription: Synthetic project ${i}\n---\n`,
    )
  }
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length
}

const results: { n: number; seconds: number; pages: number; msPerPage: number }[] = []
for (const n of sizes) {
  const dir = tempProject(`scale-${n}`)
  try {
    generate(join(dir, 'content'), n)
    const r = await run('npm run build', dir)
    if (r.code !== 0) {
      console.error(r.output.slice(-4000))
      throw new Error(`the ${n}-paper build failed`)
    }
    const pages = countPages(join(dir, 'out'))
    results.push({ n, seconds: r.ms / 1000, pages, msPerPage: r.ms / pages })
    console.log(
      `${n} papers: ${(r.ms / 1000).toFixed(1)} s for ${pages} HTML pages (${(r.ms / pages).toFixed(0)} ms per page)`,
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

console.log('\n| papers | build s | HTML pages | ms per page |\n| --- | --- | --- | --- |')
for (const r of results) console.log(`| ${r.n} | ${r.seconds.toFixed(1)} | ${r.pages} | ${r.msPerPage.toFixed(0)} |`)
const big = results.find((r) => r.n === 1000)
const problems: string[] = []
if (big && big.seconds > 300) problems.push(`the 1,000-paper build took ${big.seconds.toFixed(0)} s, over 5 minutes`)
// Roughly linear: the marginal cost per added page may not grow more than 2x between steps.
for (let i = 2; i < results.length; i++) {
  const [a, b, c] = [results[i - 2], results[i - 1], results[i]]
  if (!a || !b || !c) continue
  const before = (b.seconds - a.seconds) / (b.pages - a.pages)
  const after = (c.seconds - b.seconds) / (c.pages - b.pages)
  if (after > 2 * before)
    problems.push(
      `marginal time per page grew from ${(before * 1000).toFixed(0)} ms to ${(after * 1000).toFixed(0)} ms`,
    )
}
if (problems.length) {
  console.error(problems.join('\n'))
  process.exit(1)
}
console.log('Scaling is roughly linear and within budget.')
