// npm run import -- <file.bib|publications.tsv> [--dry-run] [--content DIR] [--public DIR]
// Adds new papers to content/publications/, updates the ones already there (matched by arXiv id,
// DOI, OpenReview id or title; the MDX body is kept), and reports every entry it does not import.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join } from 'node:path'
import { parseArgs } from 'node:util'
import matter from 'gray-matter'
import { Document, isMap, isSeq } from 'yaml'
import { checkContent, formatProblem, YAML_ENGINE } from '../lib/model/check'
import {
  identities,
  merge,
  ordered,
  parseAcademicPagesTsv,
  parseBibtex,
  slugFor,
  type Owner,
  type Parsed,
} from '../lib/model/importer'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    content: { type: 'string', default: 'content' },
    public: { type: 'string', default: 'public' },
  },
})
const input = positionals[0]
if (!input) {
  console.error('usage: npm run import -- <file.bib | publications.tsv> [--dry-run]')
  process.exit(2)
}
const dryRun = values['dry-run']
const contentDir = values.content
const pubDir = join(contentDir, 'publications')

const read = (file: string) => matter(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), YAML_ENGINE)

const profile = read(join(contentDir, 'profile', 'index.mdx')).data
const owner: Owner = {
  name: String(profile.name),
  nameVariants: Array.isArray(profile.nameVariants) ? profile.nameVariants.map(String) : [],
}

interface Paper {
  slug: string
  data: Record<string, unknown>
  body: string
  text: string
}
const papers = new Map<string, Paper>()
const byIdentity = new Map<string, string>()
const remember = (p: Paper) => {
  papers.set(p.slug, p)
  const d = p.data
  const links = typeof d.links === 'object' && d.links !== null ? d.links : {}
  for (const id of identities({ title: String(d.title ?? ''), links })) byIdentity.set(id, p.slug)
}
for (const name of readdirSync(pubDir).filter((n) => n.endsWith('.mdx'))) {
  const text = readFileSync(join(pubDir, name), 'utf8')
  const { data, content } = read(join(pubDir, name))
  remember({ slug: name.replace(/\.mdx$/, ''), data, body: content, text })
}

const source = readFileSync(input, 'utf8')
const ext = extname(input).toLowerCase()
let parsed: Parsed[]
try {
  if (ext === '.bib' || ext === '.bibtex') parsed = parseBibtex(source, owner)
  else if (ext === '.tsv') parsed = parseAcademicPagesTsv(source, owner)
  else {
    console.error(`${input}: not a .bib or .tsv file`)
    process.exit(2)
  }
} catch (error) {
  console.error(`${input}: could not be parsed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}

function render(data: Record<string, unknown>, body: string): string {
  const doc = new Document(ordered(data))
  // One line per author, as hand-written files have them: - { name: Zhen Li, equal: true }
  const authors = doc.get('authors', true)
  if (isSeq(authors)) for (const item of authors.items) if (isMap(item)) item.flow = true
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${body}`
}

type Outcome = {
  source: string
  action: 'added' | 'updated' | 'unchanged' | 'not imported'
  slug?: string
  detail?: string
}
const outcomes: Outcome[] = []
const changed = new Map<string, string>() // slug -> new file text
const taken = new Set(papers.keys())

for (const entry of parsed) {
  if ('error' in entry) {
    outcomes.push({ source: entry.source, action: 'not imported', detail: entry.error })
    continue
  }
  const match = identities(entry.data)
    .map((id) => byIdentity.get(id))
    .find((slug) => slug !== undefined)
  if (match) {
    const paper = papers.get(match)
    if (!paper) continue
    const merged = merge(paper.data, entry.data)
    const text = render(merged, paper.body)
    const same = JSON.stringify(ordered(merged)) === JSON.stringify(ordered(paper.data))
    if (same) outcomes.push({ source: entry.source, action: 'unchanged', slug: match })
    else {
      const fields = Object.keys(merged).filter((k) => JSON.stringify(merged[k]) !== JSON.stringify(paper.data[k]))
      outcomes.push({ source: entry.source, action: 'updated', slug: match, detail: fields.join(', ') })
      changed.set(match, text)
      remember({ ...paper, data: merged, text })
    }
  } else {
    const slug = slugFor(entry.data, taken)
    taken.add(slug)
    const data = ordered({ ...entry.data })
    const text = render(data, '')
    outcomes.push({ source: entry.source, action: 'added', slug })
    changed.set(slug, text)
    remember({ slug, data, body: '', text })
  }
}

// Everything written must pass the content check: stage the changes on a copy and check it.
const stage = mkdtempSync(join(tmpdir(), 'import-'))
try {
  cpSync(contentDir, join(stage, 'content'), { recursive: true })
  for (const [slug, text] of changed) writeFileSync(join(stage, 'content', 'publications', `${slug}.mdx`), text)
  const problems = await checkContent({ contentDir: join(stage, 'content'), publicDir: values.public })
  for (const o of outcomes) {
    const mine = problems.filter((p) => p.file === `publications/${o.slug}.mdx`)
    if (o.slug && changed.has(o.slug) && mine.length > 0) {
      changed.delete(o.slug)
      o.detail = `it would not pass the content check: ${mine.map(formatProblem).join('; ')}`
      o.action = 'not imported'
    }
  }
} finally {
  rmSync(stage, { recursive: true, force: true })
}

if (!dryRun) for (const [slug, text] of changed) writeFileSync(join(pubDir, `${slug}.mdx`), text)

const verb = (o: Outcome) =>
  dryRun && (o.action === 'added' || o.action === 'updated') ? `would be ${o.action}` : o.action
for (const o of outcomes) {
  const where = o.slug ? ` ${join(pubDir, `${o.slug}.mdx`)}` : ''
  console.log(`${o.source}: ${verb(o)}${where}${o.detail ? ` (${o.detail})` : ''}`)
}
const count = (a: Outcome['action']) => outcomes.filter((o) => o.action === a).length
console.log(
  `${dryRun ? '[dry run, nothing written] ' : ''}${outcomes.length} entries: ${count('added')} added, ${count('updated')} updated, ${count('unchanged')} unchanged, ${count('not imported')} not imported`,
)
process.exit(count('not imported') > 0 ? 1 : 0)
