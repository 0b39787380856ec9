// npm run import -- resume.json: a JSON Resume's work, education, awards, volunteer work and projects as
// entries (lib/authoring/json-resume.ts). An entry the site has already (the same role at the same
// organisation from the same month, the same award in the same year) is left as it is; the new
// ones are written only once all pass the content check, each file whole or not at all.
import * as fs from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import matter from 'gray-matter'
import { checkContent, formatProblem, YAML_ENGINE } from '../../lib/model/check'
import { slug } from '../../lib/model/slug'
import { renderDocument } from '../../lib/authoring/write'
import { resumeEntries, type ResumeEntry } from '../../lib/authoring/json-resume'

interface Options {
  contentDir: string
  publicDir: string
  dryRun: boolean
}

/** Imports the résumé at `file`; returns the exit code (1 when something was not imported). */
export async function importResume(file: string, { contentDir, publicDir, dryRun }: Options): Promise<number> {
  let resume: unknown
  try {
    resume = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''))
  } catch (error) {
    console.error(`${file}: not JSON: ${error instanceof Error ? error.message : String(error)}`)
    return 2
  }
  if (
    typeof resume !== 'object' ||
    resume === null ||
    Array.isArray(resume) ||
    !('basics' in resume || 'work' in resume || 'education' in resume)
  ) {
    console.error(
      `${file}: not a JSON Resume (no basics, work or education); papers come from .bib or .tsv files, or identifiers`,
    )
    return 2
  }
  const notes: string[] = []
  const entries = resumeEntries(resume as Record<string, unknown>, notes)
  const existing = new Map<string, { slug: string; data: Record<string, unknown> }[]>()
  const inFolder = (folder: string) => {
    let docs = existing.get(folder)
    if (!docs) {
      const dir = join(contentDir, folder)
      docs = fs.existsSync(dir)
        ? fs
            .readdirSync(dir)
            .filter((n) => n.endsWith('.mdx') && !n.startsWith('.'))
            .map((n) => ({
              slug: n.replace(/\.mdx$/, ''),
              data: matter(fs.readFileSync(join(dir, n), 'utf8'), YAML_ENGINE).data,
            }))
        : []
      existing.set(folder, docs)
    }
    return docs
  }
  const outcomes: {
    entry: ResumeEntry
    action: 'added' | 'already on the site' | 'not imported'
    slug?: string
    detail?: string
  }[] = []
  const written = new Map<string, string>() // content path -> text
  for (const entry of entries) {
    const docs = inFolder(entry.folder)
    const same = docs.find((d) => sameEntry(entry, d.data))
    if (same) {
      outcomes.push({ entry, action: 'already on the site', slug: same.slug })
      continue
    }
    const base = slug(entry.name) || entry.folder
    let name = base
    for (let n = 2; docs.some((d) => d.slug === name); n++) name = `${base}-${n}`
    docs.push({ slug: name, data: entry.data })
    written.set(
      `${entry.folder}/${name}.mdx`,
      renderDocument(entry.data, entry.body ? `\n${entry.body}\n` : '', entry.folder),
    )
    outcomes.push({ entry, action: 'added', slug: name })
  }

  // Everything written must pass the content check: staged on a copy, checked there.
  const stage = fs.mkdtempSync(join(tmpdir(), 'import-resume-'))
  try {
    fs.cpSync(contentDir, join(stage, 'content'), { recursive: true })
    if (fs.existsSync(publicDir)) fs.cpSync(publicDir, join(stage, 'public'), { recursive: true })
    for (const [path, text] of written) {
      fs.mkdirSync(join(stage, 'content', path, '..'), { recursive: true })
      fs.writeFileSync(join(stage, 'content', path), text)
    }
    const problems = await checkContent({ contentDir: join(stage, 'content'), publicDir: join(stage, 'public') })
    for (const o of outcomes) {
      const path = `${o.entry.folder}/${o.slug}.mdx`
      const mine = problems.filter((p) => p.file === path)
      if (o.action === 'added' && mine.length > 0) {
        written.delete(path)
        o.action = 'not imported'
        o.detail = `it would not pass the content check: ${mine.map(formatProblem).join('; ')}`
      }
    }
  } finally {
    fs.rmSync(stage, { recursive: true, force: true })
  }
  if (!dryRun)
    for (const [path, text] of written) {
      const to = join(contentDir, path)
      fs.mkdirSync(join(to, '..'), { recursive: true })
      // A dot name: a half-written file left by a kill is not content (the check skips dot files).
      const temporary = join(to, '..', `.${path.split('/').at(-1) ?? 'entry'}.importing`)
      fs.writeFileSync(temporary, text)
      fs.renameSync(temporary, to)
    }
  for (const o of outcomes) {
    const where = o.slug && o.action !== 'not imported' ? ` ${join(contentDir, o.entry.folder, `${o.slug}.mdx`)}` : ''
    const verb = dryRun && o.action === 'added' ? 'would be added' : o.action
    console.log(`${file} ${o.entry.source}: ${verb}${where}${o.detail ? ` (${o.detail})` : ''}`)
  }
  for (const n of notes) console.log(`${file}: ${n}`)
  const count = (a: (typeof outcomes)[number]['action']) => outcomes.filter((o) => o.action === a).length
  console.log(
    `${dryRun ? '[dry run, nothing written] ' : ''}${outcomes.length} entries: ${count('added')} added, ${count('already on the site')} already on the site, ${count('not imported')} not imported`,
  )
  return count('not imported') > 0 ? 1 : 0
}

/** The same entry: the same role at the same organisation from the same month; the same award in the same year; the same project's name. */
function sameEntry(entry: ResumeEntry, data: Record<string, unknown>): boolean {
  const words = (v: unknown) =>
    String(v ?? '')
      .trim()
      .toLowerCase()
  const same = (a: unknown, b: unknown) => words(a) === words(b)
  if (entry.folder === 'awards')
    return same(entry.data.title, data.title) && Number(entry.data.year) === Number(data.year)
  if (entry.folder === 'activities')
    return same(entry.data.role, data.role) && same(entry.data.organisation, data.organisation)
  if (entry.folder === 'projects') return same(entry.data.name, data.name)
  return (
    same(entry.data.role, data.role) &&
    same(entry.data.organisation, data.organisation) &&
    String(entry.data.start) === String(data.start ?? '').slice(0, 7)
  )
}
