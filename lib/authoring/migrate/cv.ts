// al-folio's _data/cv.yml (the CV page's data when the site has no assets/json/resume.json): its
// sections by their title and type. Education becomes the profile's degrees, honours become
// awards, interests the profile's interests; positions become experience entries, which need a
// month where cv.yml gives years only, so they wait in migration-held/ for it (the check refuses
// a year, and the migration never makes a month up). What has no home is reported.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { isRecord, list, plainHtml, text, type Plan } from './plan'

export const CV_YAML = '_data/cv.yml'

/** The template's placeholders ("Description 1.", "Topic 2.", "Hobby 1"): not the owner's. */
const PLACEHOLDER = /^(description|sub-description|topic|hobby)\s*\d+\.?$/i

export function readCvYaml(plan: Plan): void {
  const path = join(plan.root, CV_YAML)
  if (!existsSync(path)) return
  let sections: unknown
  try {
    sections = parseYaml(
      readFileSync(path, 'utf8')
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n'),
    )
  } catch (error) {
    plan.record(CV_YAML, 'not migrated', [
      `not YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    ])
    return
  }
  const notes: string[] = []
  const profile = plan.documentsIn('profile')[0]
  let made = 0
  for (const section of list(sections).filter(isRecord)) {
    const title = text(section.title)
    const contents = list(section.contents).filter(isRecord)
    if (/educat|degree|academic (background|qualifications)/i.test(title) && profile) {
      const degrees = contents.flatMap((c) => {
        const degree = plainHtml(text(c.title))
        const institution = plainHtml(text(c.institution))
        if (!degree || !institution) return []
        const field = list(c.description)
          .map(text)
          .find((d) => d && !PLACEHOLDER.test(d))
        return [{ degree, ...(field ? { field: plainHtml(field) } : {}), institution: { name: institution } }]
      })
      if (degrees.length > 0 && list(profile.data.degrees).length === 0) {
        profile.data.degrees = degrees
        profile.sources.push(CV_YAML)
        made += degrees.length
        notes.push(
          `${title}: ${degrees.length} degree${degrees.length === 1 ? '' : 's'} of the profile (their years are not kept: a degree here has none)`,
        )
      }
    } else if (/award|hono(u)?r|prize|scholarship|fellowship|grant/i.test(title)) {
      for (const c of contents) {
        const year = Number(/\d{4}/.exec(text(c.year))?.[0])
        const items = c.items !== undefined ? list(c.items).map(text) : [text(c.title)]
        for (const item of items.filter(Boolean)) {
          // "Dorothy Hodgkin Fellowship (The Royal Society)": the award, and who gives it.
          const m = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(plainHtml(item))
          const name = (m?.[1] ?? plainHtml(item)).trim()
          const issuer = m?.[2]?.trim() || plainHtml(text(c.institution))
          plan.add({
            folder: 'awards',
            slug: plan.freeSlug('awards', `${year || ''}-${name}`),
            data: { title: name, ...(issuer ? { issuer } : {}), ...(year ? { year } : {}) },
            body: '',
            sources: [CV_YAML],
          })
          made++
          if (!issuer) notes.push(`${title}: "${name}" names no one who gives it: it waits for its issuer`)
        }
      }
    } else if (/experience|employment|position|appointment|work|career|research/i.test(title)) {
      for (const c of contents) {
        const role = plainHtml(text(c.title))
        const organisation = plainHtml(text(c.institution))
        const years = [...text(c.year).matchAll(/\d{4}/g)].map((y) => y[0])
        if (!role || !organisation || years.length === 0) {
          notes.push(`${title}: "${role || organisation || '?'}" lacks a title, institution or year: not carried`)
          continue
        }
        const ongoing = /present|now|current/i.test(text(c.year))
        plan.add({
          folder: 'experience',
          slug: plan.freeSlug('experience', `${organisation}-${years[0]}`),
          data: {
            role,
            organisation,
            // Years only, as cv.yml gives them: the check asks for the months.
            start: years[0],
            ...(years[1] && !ongoing ? { end: years[1] } : years.length === 1 && !ongoing ? { end: years[0] } : {}),
            kind: /research|lab|institut|universit|college|academ|professor|postdoc/i.test(`${organisation} ${role}`)
              ? 'research'
              : 'industry',
          },
          body: list(c.description)
            .map(text)
            .filter((d) => d && !PLACEHOLDER.test(d))
            .map((d) => `- ${plainHtml(d)}`)
            .join('\n'),
          sources: [CV_YAML],
        })
        made++
      }
      notes.push(`${title}: positions give years only, so each waits in migration-held/ for its months (YYYY-MM)`)
    } else if (/project|software|code/i.test(title)) {
      // <a href="https://github.com/alshedivat/al-folio/">al-folio</a>: a project, its repository the link.
      for (const c of contents) {
        const name = plainHtml(text(c.title))
        const href = /href=["']([^"']+)["']/.exec(text(c.title))?.[1]
        const description = plainHtml(list(c.description).map(text).join(' ')) || name
        if (!name) continue
        plan.add({
          folder: 'projects',
          slug: plan.freeSlug('projects', name),
          data: {
            name,
            ...(href ? { [/github\.com|gitlab\.com|bitbucket\.org/.test(href) ? 'repository' : 'website']: href } : {}),
            description,
          },
          body: '',
          sources: [CV_YAML],
        })
        made++
      }
      notes.push(`${title}: projects`)
    } else if (/interest/i.test(title) && section.type === 'nested_list' && profile) {
      const interests = contents.flatMap((c) => {
        const area = plainHtml(text(c.title)).replace(/\.$/, '')
        const detail = list(c.items)
          .map(text)
          .filter((d) => d && !PLACEHOLDER.test(d))
          .map(plainHtml)
          .join('; ')
        return area && !PLACEHOLDER.test(text(c.title)) ? [{ area, ...(detail ? { detail } : {}) }] : []
      })
      if (interests.length > 0 && list(profile.data.interests).length === 0) {
        profile.data.interests = interests
        if (!profile.sources.includes(CV_YAML)) profile.sources.push(CV_YAML)
        notes.push(`${title}: the profile's interests`)
      } else
        notes.push(
          `${title}: not carried (${interests.length === 0 ? "the template's placeholders" : 'the profile has interests'})`,
        )
    } else
      notes.push(`${title || 'a section'} (${text(section.type) || 'no type'}): not carried (no such section here)`)
  }
  plan.record(
    CV_YAML,
    `${made} entries (the profile's degrees, content/awards/, content/experience/, content/projects/)`,
    notes,
  )
}
