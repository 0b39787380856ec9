// A JSON Resume (jsonresume.org's schema: resume.json, as al-folio and many CV tools keep it) as
// entries of this site: work and education as experience (the kind of a work entry guessed from
// its name, and said), awards as awards, volunteer work as activities, projects as projects (cards:
// their highlights are not a page). What has no home here
// (skills, languages, references, …) is listed, never dropped silently. `npm run migrate` (al-folio's
// assets/json/resume.json) and `npm run import -- resume.json` both read it through this.

export interface ResumeEntry {
  folder: 'experience' | 'awards' | 'activities' | 'projects'
  /** The words its file name is made from. */
  name: string
  data: Record<string, unknown>
  body: string
  /** Where in the résumé it is, for the report: work[0], awards[2]. */
  source: string
}

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '')
const records = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : []
/** YYYY-MM of a résumé date (2013-12-01, 2013-12); a year alone is no month. */
const month = (v: unknown) => /^\d{4}-\d{2}/.exec(text(v))?.[0]

/** The sections read here; the others are reported. */
const READ = ['work', 'education', 'awards', 'volunteer', 'projects', 'basics', 'publications', 'meta', '$schema']

export function resumeEntries(resume: Record<string, unknown>, notes: string[]): ResumeEntry[] {
  const entries: ResumeEntry[] = []
  for (const section of ['work', 'education'] as const)
    records(resume[section]).forEach((item, i) => {
      const organisation = text(item.name) || text(item.institution)
      const role =
        section === 'education'
          ? [text(item.studyType), text(item.area)].filter(Boolean).join(', ')
          : text(item.position)
      const start = month(item.startDate)
      if (!organisation || !role || !start) {
        notes.push(
          `${section}[${i}]: "${organisation || role || '?'}" lacks ${[!organisation && 'name', !role && 'role', !start && 'a startDate with its month'].filter(Boolean).join(', ')}; not carried`,
        )
        return
      }
      const kind =
        section === 'education'
          ? 'education'
          : /research|lab|institut|universit|college|academ/i.test(`${organisation} ${role}`)
            ? 'research'
            : 'industry'
      if (section === 'work') notes.push(`work "${organisation}": kind ${kind} (from its name; change it if wrong)`)
      const end = month(item.endDate)
      entries.push({
        folder: 'experience',
        name: `${organisation}-${start.slice(0, 4)}`,
        data: {
          role,
          organisation,
          ...(text(item.url) ? { url: text(item.url) } : {}),
          start,
          ...(end ? { end } : {}),
          kind,
        },
        body: body(item),
        source: `${section}[${i}]`,
      })
    })
  records(resume.awards).forEach((item, i) => {
    const year = Number(text(item.date).slice(0, 4))
    if (!text(item.title) || !text(item.awarder) || !year) {
      notes.push(`awards[${i}]: "${text(item.title)}" lacks a title, awarder or date; not carried`)
      return
    }
    entries.push({
      folder: 'awards',
      name: `${year}-${text(item.title)}`,
      data: { title: text(item.title), issuer: text(item.awarder), year },
      body: text(item.summary),
      source: `awards[${i}]`,
    })
  })
  records(resume.volunteer).forEach((item, i) => {
    const role = text(item.position)
    const organisation = text(item.organization) || text(item.organisation)
    if (!role || !organisation) {
      notes.push(`volunteer[${i}]: lacks a position or organization; not carried`)
      return
    }
    entries.push({
      folder: 'activities',
      name: `${organisation}-${role}`,
      data: { role, organisation },
      body: body(item),
      source: `volunteer[${i}]`,
    })
  })
  records(resume.projects).forEach((item, i) => {
    const name = text(item.name)
    const description = text(item.description) || text(item.summary)
    if (!name || !description) {
      notes.push(`projects[${i}]: lacks a name or description; not carried`)
      return
    }
    // "missdirection.example.com": an address without its scheme is the site's https:// one.
    const url = text(item.url)
    const website = url && !/^[a-z]+:/i.test(url) && !url.startsWith('/') ? `https://${url}` : url
    if (website !== url) notes.push(`projects[${i}]: url "${url}" is ${website}`)
    const repository = /^https:\/\/(github\.com|gitlab\.com|bitbucket\.org)\//.test(website) ? website : undefined
    entries.push({
      folder: 'projects',
      name,
      data: { name, description, ...(repository ? { repository } : website ? { website } : {}) },
      body: '',
      source: `projects[${i}]`,
    })
  })
  for (const key of Object.keys(resume).filter((k) => !READ.includes(k)))
    if (
      records(resume[key]).length > 0 ||
      (typeof resume[key] === 'object' && resume[key] !== null && !Array.isArray(resume[key]))
    )
      notes.push(`${key}: not carried (no such section here)`)
  if (records(resume.publications).length > 0)
    notes.push('publications: not carried (a résumé names no authors; import the papers by identifier or BibTeX)')
  return entries
}

/** A résumé item's summary, and its highlights as a list. */
function body(item: Record<string, unknown>): string {
  const highlights = (Array.isArray(item.highlights) ? item.highlights : []).map(text).filter(Boolean)
  return [text(item.summary), highlights.map((h) => `- ${h}`).join('\n')].filter(Boolean).join('\n\n')
}
