// Collections a site declares in _config.yml beyond its theme's own (_wps/ of working papers,
// speaking, external_posts, books, …): each read as papers, talks, posts or pages, by what its
// files hold (a venue or a citation, a talk's type or location, a date) and else by its name,
// with the collection's own address pattern; the report says how each was read and why.
import { existsSync } from 'node:fs'
import { basename, join } from 'node:path'
import { collection, isRecord, oldAddress, plainHtml, readJekyll, text, unreadFields, type Plan } from './plan'

export type CollectionKind = 'publications' | 'talks' | 'projects' | 'experience' | 'posts' | 'pages'

export interface ExtraCollection {
  name: string
  /** _<name>, the folder its files are in. */
  folder: string
  kind: CollectionKind
  /** Its documents' old address, e.g. /wps/:path/. */
  pattern: string
  /** How the kind was decided, for the report. */
  why: string
}

// What its files hold that only one kind has: a talk's type or place, a paper's citation or venue.
// Talks first: Academic Pages' talks have a venue too, but papers have no place.
const BY_FIELDS: [CollectionKind, string[], string][] = [
  ['talks', ['talk_type', 'location'], "a talk's type or place"],
  ['publications', ['citation', 'venue', 'pub_date', 'journal', 'authors'], 'a citation or venue'],
]

const BY_NAME: [CollectionKind, RegExp][] = [
  ['publications', /pub|paper|wps|working|preprint|article|manuscript/i],
  ['talks', /talk|speak|present|seminar|lecture/i],
  ['projects', /research|project|portfolio|software/i],
  ['experience', /^(work|experience|jobs?|employment|positions?|career)$/i],
  ['posts', /post|blog|news|note|essay/i],
]

/** The collections of _config.yml that are not among `known` and have a folder of files. */
export function extraCollections(
  plan: Plan,
  config: Record<string, unknown>,
  known: readonly string[],
): ExtraCollection[] {
  const declared = isRecord(config.collections) ? config.collections : {}
  return Object.entries(declared).flatMap(([name, settings]): ExtraCollection[] => {
    if (known.includes(name)) return []
    const folder = `_${name}`
    const files = existsSync(join(plan.root, folder)) ? collection(plan.root, folder) : []
    if (files.length === 0) return []
    const fields = files.map((f) => readJekyll(join(plan.root, f)).data)
    const share = (keys: string[]) => fields.filter((d) => keys.some((k) => text(d[k]) !== '')).length / fields.length
    const byFields = BY_FIELDS.find(([, keys]) => share(keys) >= 0.5)
    const byName = BY_NAME.find(([, re]) => re.test(name))
    const dated = share(['date']) >= 0.5
    // A paper's or talk's own fields, else the collection's name, else a date (a post), else a page.
    const kind: CollectionKind = byFields?.[0] ?? byName?.[0] ?? (dated ? 'posts' : 'pages')
    const why = byFields
      ? `most of its files have ${byFields[2]}`
      : byName
        ? `its name, ${name}`
        : dated
          ? 'its files are dated'
          : 'its files have no venue, talk fields or date'
    const permalink = isRecord(settings) ? text(settings.permalink) : ''
    const pattern = (permalink || '/:collection/:path/').replace(/:collection/g, name)
    return [{ name, folder, kind, pattern, why }]
  })
}

/** The note each file of an extra collection gets: how its collection was read. */
export function collectionRead(c: ExtraCollection): string {
  const as = {
    publications: 'papers',
    talks: 'talks',
    projects: 'projects',
    experience: 'experience entries',
    posts: 'posts',
    pages: 'pages of their own',
  }[c.kind]
  return `collection ${c.name} (declared in _config.yml) read as ${as}: ${c.why}`
}

/** Where this site lists what a collection of a kind became (pages have no list). */
export const SECTION_OF: Record<CollectionKind, `/${string}/` | undefined> = {
  publications: '/publications/',
  talks: '/talks/',
  projects: '/projects/',
  experience: '/experience/',
  posts: '/posts/',
  pages: undefined,
}

/**
 * A collection of positions (_work/: "Streakfire LLC 2014", excerpt "Software engineering intern",
 * date 2014-05-28) as experience entries: the organisation from the title (its year dropped), the
 * role from the excerpt, the start from the date; one without a role waits in migration-held/.
 */
export function readExperience(plan: Plan, c: ExtraCollection, mdx: (body: string, notes: string[]) => string): void {
  for (const file of collection(plan.root, c.folder))
    plan.guard(file, () => {
      const { data, body } = readJekyll(join(plan.root, file))
      const notes = [collectionRead(c)]
      const organisation = plainHtml(text(data.title))
        .replace(/[\s,(–-]*\b(19|20)\d{2}\)?\s*$/, '')
        .trim()
      const role = plainHtml(text(data.role) || text(data.position) || text(data.excerpt))
      const start = /^\d{4}-\d{2}/.exec(text(data.date))?.[0]
      const end = /^\d{4}-\d{2}/.exec(text(data.end) || text(data.end_date))?.[0]
      const kind = /research|lab|institut|universit|college|academ|fellow/i.test(`${organisation} ${role}`)
        ? 'research'
        : 'industry'
      notes.push(
        `organisation "${organisation}" from its title, role from its ${text(data.role) ? 'role' : text(data.position) ? 'position' : 'excerpt'}; kind ${kind} (from its name; change it if wrong)`,
      )
      if (!end) notes.push('no end date: it reads as current ("Present") until you give one')
      const slug = plan.freeSlug('experience', `${organisation}-${start?.slice(0, 4) ?? ''}`)
      const old = oldAddress(data, c.pattern, { path: basename(file).replace(/\.[a-z]+$/i, '') })
      unreadFields(
        data,
        ['title', 'excerpt', 'role', 'position', 'date', 'end', 'end_date', 'permalink', 'redirect_from'],
        notes,
      )
      plan.add({
        folder: 'experience',
        slug,
        data: {
          role,
          organisation,
          ...(start ? { start } : {}),
          ...(end ? { end } : {}),
          kind,
          ...(old.length > 0 ? { redirectFrom: old } : {}),
        },
        body: mdx(body, notes),
        sources: [file],
      })
      plan.record(file, `content/experience/${slug}.mdx`, notes)
    })
}
