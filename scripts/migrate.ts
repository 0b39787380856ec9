// npm run migrate -- <path to an Academic Pages or al-folio site> [--dry-run] [--replace]
// Brings a whole Jekyll site over: its content as entries under content/, its files under public/,
// every old address as a redirect, and a report (printed and written to migration-report.md)
// that accounts for every source file. Nothing is written unless the result passes the content
// check; with --replace, today's content/ and public/ files move to migration-backup/<time>/ first.
import * as fs from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { checkContent, formatProblem } from '../lib/model/check'
import { planMigration, type Plan } from '../lib/authoring/migrate'
import { contentFile, DOCUMENT_TYPES } from '../lib/model/schema'
import { renderDocument } from '../lib/authoring/write'
import { moveToBackup } from '../lib/authoring/backup'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    replace: { type: 'boolean', default: false },
    content: { type: 'string', default: 'content' },
    public: { type: 'string', default: 'public' },
    report: { type: 'string' },
  },
})
const source = positionals[0]
if (!source || positionals.length > 1) {
  console.error('usage: npm run migrate -- <path to an Academic Pages or al-folio site> [--dry-run] [--replace]')
  process.exit(2)
}
const contentDir = resolve(values.content)
const publicDir = resolve(values.public)
const workDir = dirname(contentDir)
// The report sits beside content/, where the author looks (and may commit it).
const reportFile = values.report ?? join(workDir, 'migration-report.md')

let plan: Plan
try {
  plan = planMigration(resolve(source))
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(2)
}

// ------------------------------------------------------------------ the files the migration writes
const files = new Map<string, string>() // path relative to content/ -> text
for (const doc of plan.documents) {
  const path = contentFile(doc.folder, doc.slug)
  const body = doc.body.trim() ? `\n${doc.body.trim()}\n` : ''
  files.set(path, renderDocument(doc.data, body, doc.folder))
}
const redirects = plan.documents.flatMap((doc) => {
  const type = DOCUMENT_TYPES.find((t) => t.folder === doc.folder)
  const to = type?.route ? type.route(doc.slug) : (type?.page ?? '/')
  return (Array.isArray(doc.data.redirectFrom) ? doc.data.redirectFrom : []).map((from) => `${String(from)} -> ${to}`)
})

// ------------------------------------------------------------------ what is there now
const existing = fs.existsSync(contentDir) ? listMdx(contentDir) : []
const unchanged =
  existing.length === files.size &&
  existing.every((f) => files.get(f) === fs.readFileSync(join(contentDir, f), 'utf8')) &&
  plan.assets.every((a) => sameFile(join(plan.root, a.from), join(publicDir, a.to)))
if (!unchanged && existing.length > 0 && !values.replace && !values['dry-run']) {
  const counts = new Map<string, number>()
  for (const f of existing) counts.set(f.split('/')[0] ?? f, (counts.get(f.split('/')[0] ?? f) ?? 0) + 1)
  console.error(
    `${relative(process.cwd(), contentDir) || 'content'}/ holds entries already (${[...counts].map(([k, n]) => `${k}: ${n}`).join(', ')}).\n` +
      'A migration replaces them: run it again with --replace, which first moves content/ and the public/ files to migration-backup/<time>/ (or --dry-run to see what it would do).',
  )
  process.exit(1)
}

// ------------------------------------------------------------------ staged and checked before anything is written
const stage = fs.mkdtempSync(join(workDir, '.migrate-'))
let problems: string[] = []
try {
  for (const [path, text] of files) {
    fs.mkdirSync(dirname(join(stage, 'content', path)), { recursive: true })
    fs.writeFileSync(join(stage, 'content', path), text)
  }
  fs.mkdirSync(join(stage, 'public'), { recursive: true })
  for (const a of plan.assets) {
    const to = join(stage, 'public', ...a.to.split('/').filter(Boolean))
    fs.mkdirSync(dirname(to), { recursive: true })
    fs.cpSync(join(plan.root, a.from), to)
  }
  problems = (await checkContent({ contentDir: join(stage, 'content'), publicDir: join(stage, 'public') })).map(
    (p) => `${formatProblem(p)}${sourceOf(p.file)}`,
  )

  const report = renderReport(problems)
  if (problems.length > 0 || values['dry-run'] || unchanged) {
    console.log(report)
    if (!values['dry-run'] && problems.length === 0) fs.writeFileSync(reportFile, report)
  } else {
    // Written: today's content (and the public/ folders the migration fills) to the backup, then the staged ones in.
    const backup = moveToBackup(workDir, 'migration-backup', [
      relative(workDir, contentDir),
      ...topFolders().map((top) => relative(workDir, join(publicDir, top))),
    ])
    if (backup) console.log(`Today's content moved to ${relative(process.cwd(), backup)}/`)
    fs.renameSync(join(stage, 'content'), contentDir)
    fs.mkdirSync(publicDir, { recursive: true })
    for (const top of topFolders()) fs.renameSync(join(stage, 'public', top), join(publicDir, top))
    fs.writeFileSync(reportFile, report)
    console.log(report)
  }
} finally {
  fs.rmSync(stage, { recursive: true, force: true })
}
process.exit(problems.length > 0 ? 1 : 0)

// ------------------------------------------------------------------ helpers

function topFolders(): string[] {
  return [...new Set(plan.assets.map((a) => a.to.split('/').filter(Boolean)[0] ?? ''))].filter(Boolean)
}

function listMdx(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.mdx') && !e.name.startsWith('.'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort()
}

function sameFile(a: string, b: string): boolean {
  return fs.existsSync(b) && fs.readFileSync(a).equals(fs.readFileSync(b))
}

/** The old site's file a problem's content file came from. */
function sourceOf(file: string): string {
  const doc = plan.documents.find((d) => contentFile(d.folder, d.slug) === file)
  return doc ? ` (from ${doc.sources.join(', ')})` : ''
}

function renderReport(problems: string[]): string {
  const lines = [
    `# Migration report`,
    '',
    `From ${plan.shape === 'academic-pages' ? 'an Academic Pages' : 'an al-folio'} site: ${source}`,
    '',
  ]
  if (problems.length > 0) {
    lines.push(
      `## Not migrated: the result fails the content check (nothing was written)`,
      '',
      ...problems.map((p) => `- ${p}`),
      '',
    )
  }
  lines.push('## Every source file', '')
  for (const r of plan.report) {
    lines.push(`- \`${r.source}\`: ${r.outcome}`)
    for (const n of r.notes) lines.push(`  - ${n}`)
  }
  lines.push('', '## Old addresses kept (each a redirect page)', '')
  lines.push(...(redirects.length > 0 ? redirects.map((r) => `- ${r}`) : ['- none']))
  const count = (test: (o: string) => boolean) => plan.report.filter((r) => test(r.outcome)).length
  lines.push(
    '',
    '## Summary',
    '',
    `${files.size} content files, ${plan.assets.length} files copied, ${redirects.length} redirects; ` +
      `${count((o) => o.startsWith('merged'))} entries merged into another, ${count((o) => o.startsWith('not migrated'))} sources not migrated` +
      `${unchanged ? '; the site already holds exactly this, so nothing changed' : values['dry-run'] ? ' (dry run: nothing written)' : ''}.`,
    '',
  )
  return lines.join('\n')
}
