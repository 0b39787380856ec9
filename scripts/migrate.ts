// npm run migrate -- <path to an Academic Pages or al-folio site> [--dry-run] [--replace]
// Brings a whole Jekyll site over: its content as entries under content/, its files under public/,
// every old address as a redirect, and a report (printed and written to migration-report.md)
// that accounts for every source file. Nothing is written unless the result passes the content
// check; with --replace, today's content/ and public/ files move to migration-backup/<time>/ first.
import * as fs from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { checkContent, formatProblem, type Problem } from '../lib/model/check'
import { planMigration, type Plan } from '../lib/authoring/migrate'
import type { PlannedDocument, ReportEntry } from '../lib/authoring/migrate/plan'
import { repair, repairProfile } from '../lib/authoring/migrate/repair'
import { contentFile, DOCUMENT_TYPES, ownPage } from '../lib/model/schema'
import { renderDocument } from '../lib/authoring/write'
import { moveToBackup } from '../lib/authoring/backup'
import { migratedSettings, type MigratedSettings } from '../lib/authoring/migrate/settings'
import { SETTINGS_FILE } from '../lib/model/settings'
import { parseDocument } from 'yaml'

const SETTINGS_NAME = SETTINGS_FILE.split('/').at(-1) ?? 'site.yml'

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
// Entries the site's check refuses, each a content file to fix and move into content/.
const heldDir = join(workDir, 'migration-held')

let plan: Plan
try {
  plan = planMigration(resolve(source))
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(2)
}

// ------------------------------------------------------------------ staged, checked and repaired before anything is written
// The assets are staged once; the content is written, checked and repaired until it passes: a
// certain fix is made and said (lib/authoring/migrate/repair.ts), an entry with any other problem
// is held back (written to migration-held/, named in the report), so one entry never stops the rest.
const stage = fs.mkdtempSync(join(workDir, '.migrate-'))
const held: { doc: PlannedDocument; problems: string[] }[] = []
const repairs = new Map<PlannedDocument, string[]>()
let fatal: string[] = []
let files = new Map<string, string>() // path relative to content/ -> text
// data/site.yml as it is, and as the migration leaves it (its menu, redirects and language from the old site).
const settingsPath = join(workDir, SETTINGS_FILE)
const settingsBefore = fs.existsSync(settingsPath) ? fs.readFileSync(settingsPath, 'utf8') : undefined
let settings: MigratedSettings = { redirects: [], notes: [] }
let settingsText = ''
try {
  fs.mkdirSync(join(stage, 'public'), { recursive: true })
  for (const a of plan.assets) {
    const to = join(stage, 'public', ...a.to.split('/').filter(Boolean))
    fs.mkdirSync(dirname(to), { recursive: true })
    fs.cpSync(join(plan.root, a.from), to)
  }
  for (let round = 0; ; round++) {
    files = renderFiles(plan.documents)
    // The old menu, list addresses and language as the site's settings, from the plan as it now stands.
    settings = migratedSettings(plan)
    settingsText = settingsFile(settingsBefore, settings)
    fs.mkdirSync(join(stage, 'data'), { recursive: true })
    fs.writeFileSync(join(stage, 'data', SETTINGS_NAME), settingsText)
    fs.rmSync(join(stage, 'content'), { recursive: true, force: true })
    for (const [path, text] of files) {
      fs.mkdirSync(dirname(join(stage, 'content', path)), { recursive: true })
      fs.writeFileSync(join(stage, 'content', path), text)
    }
    // Checked with the site's settings (data/site.yml names the menu's pages), as the build will.
    const problems = await checkContent({
      contentDir: join(stage, 'content'),
      publicDir: join(stage, 'public'),
      dataDir: join(stage, 'data'),
    })
    if (problems.length === 0) break
    const byDoc = new Map<PlannedDocument, Problem[]>()
    const loose: Problem[] = []
    for (const p of problems) {
      const doc = p.root ? undefined : plan.documents.find((d) => contentFile(d.folder, d.slug) === p.file)
      if (doc) byDoc.set(doc, [...(byDoc.get(doc) ?? []), p])
      else loose.push(p)
    }
    // What belongs to no entry (a missing profile, the site's settings) has nothing to hold back.
    fatal = loose.map((p) => `${formatProblem(p)}${sourceOf(p.file)}`)
    if (fatal.length > 0 || round === 10) {
      fatal.push(...problems.filter((p) => !loose.includes(p)).map((p) => `${formatProblem(p)}${sourceOf(p.file)}`))
      break
    }
    for (const [doc, all] of byDoc) {
      // One fix for a path the body has several times (each is a problem of its own line).
      const docProblems = all.filter(
        (p, i) => all.findIndex((q) => q.field === p.field && unlined(q.message) === unlined(p.message)) === i,
      )
      const fixes = docProblems.map((p) => (doc.folder === 'profile' ? repairProfile(doc, p) : repair(doc, p)))
      if (fixes.every((f) => f !== undefined)) repairs.set(doc, [...(repairs.get(doc) ?? []), ...fixes])
      else if (doc.folder === 'profile') {
        // The site needs its profile: what no fix is certain for is its body (repairProfile drops a
        // refused field), so the profile goes in without it and the body waits in migration-held/.
        held.push({
          doc: { ...doc, data: { ...doc.data } },
          problems: docProblems.filter((_, i) => fixes[i] === undefined).map(formatProblem),
        })
        doc.body = ''
        const fixed = fixes.filter((f): f is string => f !== undefined)
        repairs.set(doc, [
          ...(repairs.get(doc) ?? []),
          ...fixed,
          `its body was held back in ${relative(workDir, heldDir)}/profile/index.mdx: fix what is named there, then put the body back`,
        ])
      } else {
        held.push({ doc, problems: docProblems.filter((_, i) => fixes[i] === undefined).map(formatProblem) })
        plan.documents.splice(plan.documents.indexOf(doc), 1)
      }
    }
  }
  const heldFiles = new Map(held.map(({ doc }) => [contentFile(doc.folder, doc.slug), renderFile(doc)]))
  const redirects = plan.documents.flatMap((doc) => {
    const type = DOCUMENT_TYPES.find((t) => t.folder === doc.folder)
    const to = ownPage(type, doc.slug, doc.body) ?? type?.page ?? '/'
    return (Array.isArray(doc.data.redirectFrom) ? doc.data.redirectFrom : []).map((from) => `${String(from)} -> ${to}`)
  })

  // ---------------------------------------------------------------- what is there now
  const existing = fs.existsSync(contentDir) ? listMdx(contentDir) : []
  const unchanged =
    fatal.length === 0 &&
    existing.length === files.size &&
    existing.every((f) => files.get(f) === fs.readFileSync(join(contentDir, f), 'utf8')) &&
    settingsText === (settingsBefore ?? '') &&
    plan.assets.every((a) => sameFile(join(plan.root, a.from), join(publicDir, a.to)))
  if (!unchanged && existing.length > 0 && !values.replace && !values['dry-run']) {
    const counts = new Map<string, number>()
    for (const f of existing) counts.set(f.split('/')[0] ?? f, (counts.get(f.split('/')[0] ?? f) ?? 0) + 1)
    console.error(
      `${relative(process.cwd(), contentDir) || 'content'}/ holds entries already (${[...counts].map(([k, n]) => `${k}: ${n}`).join(', ')}).\n` +
        'A migration replaces them: run it again with --replace, which first moves content/ and the public/ files to migration-backup/<time>/ (or --dry-run to see what it would do).',
    )
    process.exitCode = 1
  } else {
    const report = renderReport({ files, redirects, unchanged })
    if (fatal.length > 0 || values['dry-run'] || unchanged) {
      console.log(report)
      if (!values['dry-run'] && fatal.length === 0) fs.writeFileSync(reportFile, report)
    } else {
      // Written: today's content (and the public/ folders the migration fills) to the backup, then the staged ones in.
      const backup = moveToBackup(workDir, 'migration-backup', [
        relative(workDir, contentDir),
        relative(workDir, heldDir),
        ...(settingsText !== (settingsBefore ?? '') ? [SETTINGS_FILE] : []),
        ...topFolders().map((top) => relative(workDir, join(publicDir, top))),
      ])
      if (backup) console.log(`Today's content moved to ${relative(process.cwd(), backup)}/`)
      if (settingsText !== (settingsBefore ?? '')) {
        fs.mkdirSync(dirname(settingsPath), { recursive: true })
        fs.writeFileSync(settingsPath, settingsText)
      }
      fs.renameSync(join(stage, 'content'), contentDir)
      fs.mkdirSync(publicDir, { recursive: true })
      for (const top of topFolders()) fs.renameSync(join(stage, 'public', top), join(publicDir, top))
      for (const [path, text] of heldFiles) {
        fs.mkdirSync(dirname(join(heldDir, path)), { recursive: true })
        fs.writeFileSync(join(heldDir, path), text)
      }
      fs.writeFileSync(reportFile, report)
      console.log(report)
    }
    if (fatal.length > 0) process.exitCode = 1
  }
} finally {
  fs.rmSync(stage, { recursive: true, force: true })
}

// ------------------------------------------------------------------ helpers

function unlined(message: string): string {
  return message.replace(/^line \d+: /, '')
}

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

/** data/site.yml with the migrated menu, redirects and language: the rest of it (and its comments) as it was. */
function settingsFile(before: string | undefined, migrated: MigratedSettings): string {
  const nothing = !migrated.menu && !migrated.locale && migrated.redirects.length === 0
  if (nothing && !/^redirects:/m.test(before ?? '')) return before ?? ''
  const doc = parseDocument(before ?? '# yaml-language-server: $schema=../docs/schemas/settings.schema.json\n')
  if (migrated.locale) doc.set('locale', migrated.locale)
  if (migrated.menu) doc.set('menu', migrated.menu)
  if (migrated.redirects.length > 0) doc.set('redirects', migrated.redirects)
  else doc.delete('redirects')
  return doc.toString({ lineWidth: 0 })
}

function renderFile(doc: PlannedDocument): string {
  const body = doc.body.trim() ? `\n${doc.body.trim()}\n` : ''
  return renderDocument(doc.data, body, doc.folder)
}

function renderFiles(docs: readonly PlannedDocument[]): Map<string, string> {
  return new Map(docs.map((doc) => [contentFile(doc.folder, doc.slug), renderFile(doc)]))
}

/** The report's line of a source: where its entry went now that some entries were repaired or held back. */
function outcomeOf(r: ReportEntry): ReportEntry {
  const path = /content\/(\S+\.mdx)/.exec(r.outcome)?.[1]
  if (!path) return r
  const hold = held.find(({ doc }) => doc.folder !== 'profile' && contentFile(doc.folder, doc.slug) === path)
  if (hold) {
    const folder = path.split('/')[0] ?? ''
    return {
      ...r,
      outcome: `held back in ${relative(workDir, heldDir)}/${path}: the site's check refuses it; fix it, then move it to content/${folder}/`,
      notes: [...hold.problems.map((p) => `refused: ${p.replace(/^content\/\S+: /, '')}`), ...r.notes],
    }
  }
  // A fix may have moved the entry (a page at an address the site has): the outcome names where it is now.
  const doc = [...repairs.keys()].find((d) => r.source === d.sources[0] && path.startsWith(`${d.folder}/`))
  const fixes = doc ? (repairs.get(doc) ?? []) : []
  if (!doc || fixes.length === 0) return r
  const outcome = r.outcome.replace(`content/${path}`, `content/${contentFile(doc.folder, doc.slug)}`)
  return { ...r, outcome: `${outcome}, with changes`, notes: [...fixes, ...r.notes] }
}

function renderReport({
  files,
  redirects,
  unchanged,
}: {
  files: Map<string, string>
  redirects: string[]
  unchanged: boolean
}): string {
  const lines = [
    `# Migration report`,
    '',
    `From ${plan.shape === 'academic-pages' ? 'an Academic Pages' : 'an al-folio'} site: ${source}`,
    '',
  ]
  if (fatal.length > 0) {
    lines.push(
      `## Not migrated: the result fails the content check (nothing was written)`,
      '',
      ...fatal.map((p) => `- ${p}`),
      '',
    )
  }
  if (held.length > 0) {
    lines.push(
      `## Held back: ${held.length} entr${held.length === 1 ? 'y' : 'ies'} the site's check refuses`,
      '',
      `Each is written to ${relative(workDir, heldDir)}/ as it would be in content/; fix what is named and move it there (the build never reads ${relative(workDir, heldDir)}/).`,
      '',
      ...held.flatMap(({ doc, problems }) => [
        `- \`${relative(workDir, heldDir)}/${contentFile(doc.folder, doc.slug)}\` (from ${doc.sources.join(', ')})`,
        ...problems.map((p) => `  - ${p.replace(/^content\/\S+: /, '')}`),
      ]),
      '',
    )
  }
  if (settings.notes.length > 0)
    lines.push(`## Settings (${SETTINGS_FILE})`, '', ...settings.notes.map((n) => `- ${n}`), '')
  lines.push('## Every source file', '')
  for (const r of plan.report.map(outcomeOf)) {
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
      `${count((o) => o.startsWith('merged'))} entries merged into another, ${repairs.size} migrated with changes, ${held.length} held back, ` +
      `${count((o) => o.startsWith('not migrated'))} sources not migrated, ${count((o) => o.startsWith('skipped'))} skipped` +
      `${unchanged ? '; the site already holds exactly this, so nothing changed' : values['dry-run'] ? ' (dry run: nothing written)' : ''}.`,
    '',
  )
  return lines.join('\n')
}
