// Rules that span a whole document or several: slugs, dates in order, links that must resolve,
// references between documents, the owner in every author list. Field types and enum values
// are checked before this, in ./check.ts; these rules read the raw front matter and
// tolerate values of the wrong type (those were reported already).
import { DOCUMENT_TYPES, PICTURE_EXTENSIONS, PICTURES, type DocumentType } from './schema'
import { slug } from './slug'
import { gazetteer } from './places'
import { nearest } from './nearest'

export interface Problem {
  /** The author's folder the file is in: content (the default) or data. */
  root?: string
  /** Path relative to that folder, e.g. publications/md3r.mdx */
  file: string
  /** Dotted field path, e.g. venue.kind or authors[2].name; "body" for the MDX body */
  field?: string
  message: string
}

export interface ContentRecord {
  file: string
  type: string
  slug: string
  /** Front matter as parsed, not yet trusted. */
  data: Record<string, unknown>
  /** Site paths ("/files/a.pdf") the MDX body links to. */
  bodyLinks: string[]
  /** The MDX body has something in it (a project with one has a page of its own). */
  hasBody?: boolean
}

export interface RuleContext {
  publicFileExists: (sitePath: string) => boolean
  /** First path segments the site serves already (its routes, public/'s top level), with what holds each. */
  takenPaths?: ReadonlyMap<string, string>
}

/**
 * What is wrong with a picture's address and alt text, if anything. Pictures come from this site
 * only (a page never loads from another origin, and the build never downloads) and from
 * public/images/, where the build optimises them.
 */
export function pictureProblem(url: string, alt: string | undefined): string | undefined {
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) {
    return `the picture "${url}" is on another site: pages never load from another origin; save it under public${PICTURES.path} and write ${PICTURES.path}<file>`
  }
  if (/(^|\/)\.\.?(\/|$)/.test(url.split(/[?#]/)[0] ?? url))
    return `the picture "${url}" has . or .. in its path: write it from /images/ straight, e.g. ${PICTURES.path}${url.split('/').at(-1) ?? ''}`
  if (!url.startsWith(PICTURES.path))
    return `the picture "${url}" is not under public${PICTURES.path}: move it there and write ${PICTURES.path}<file>, so the build can optimise it`
  const path = url.split(/[?#]/)[0] ?? url
  if (!PICTURE_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext))) {
    return `"${url}" is not a picture format the site shows (${PICTURE_EXTENSIONS.map((e) => e.slice(1)).join(', ')})`
  }
  if (alt !== undefined && alt.trim() === '')
    return `the picture ${url} has no alt text: describe it for readers who cannot see it, e.g. ![A plot of accuracy against bits](${url})`
  return undefined
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const ARXIV_ID = /^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})(v\d+)?$/
const DOI = /^10\.\d{4,9}\/\S+$/
const EMAIL = /^[^\s@:/]+@[^\s@/]+\.[^\s@/]+$/
const URL_OR_PATH = /^(https?:\/\/[^\s/$.?#][^\s]*|\/[^\s]*|mailto:[^\s@]+@[^\s@]+)$/

export function findRuleProblems(records: ContentRecord[], ctx: RuleContext): Problem[] {
  const problems: Problem[] = []
  const kit = ruleKit(records, ctx, problems)
  const { at, link, fileExists, reference, day } = kit
  slugRules(records, at, problems)
  const ownerNames = profileRules(records, kit)
  for (const r of records) {
    const d = r.data
    switch (r.type) {
      case 'Publication':
        publicationRules(r, kit, ownerNames)
        break
      case 'Experience': {
        link(r, 'url', d.url)
        const start = dateKey(d.start)
        const end = dateKey(d.end)
        if (start && end && end < start) at(r, 'end', `${end} is before start ${start}`)
        break
      }
      case 'Teaching':
        yearField(r, 'year', d.year, at)
        break
      case 'Project':
        link(r, 'repository', d.repository)
        link(r, 'website', d.website)
        if (typeof d.image === 'string') {
          const problem = pictureProblem(d.image, undefined)
          if (problem) at(r, 'image', problem)
          else fileExists(r, 'image', d.image)
        } else if (typeof d.imageAlt === 'string')
          at(r, 'imageAlt', 'describes a picture, but the project has no image: add image, or leave imageAlt out')
        list(d.papers).forEach((slug, i) => reference(r, `papers[${i}]`, slug, 'publications'))
        break
      case 'Talk': {
        day(r, 'date', d.date)
        link(r, 'event.url', record(d.event).url)
        const links = record(d.links)
        for (const key of ['slides', 'video', 'poster', 'event']) link(r, `links.${key}`, links[key])
        list(d.papers).forEach((slug, i) => reference(r, `papers[${i}]`, slug, 'publications'))
        placeRules(r, at)
        break
      }
      case 'Post': {
        day(r, 'date', d.date)
        day(r, 'updated', d.updated)
        const [date, updated] = [dateKey(d.date), dateKey(d.updated)]
        if (date && updated && updated < date) at(r, 'updated', `${updated} is before the post's date ${date}`)
        break
      }
      case 'News':
        day(r, 'date', d.date)
        reference(r, 'paper', d.paper, 'publications')
        reference(r, 'talk', d.talk, 'talks')
        break
      case 'Award':
        yearField(r, 'year', d.year, at)
        break
      case 'Page': {
        const holder = ctx.takenPaths?.get(r.slug.toLowerCase())
        if (holder)
          at(
            r,
            undefined,
            `the file name "${r.slug}.mdx" would be the address /${r.slug}/, already ${holder.startsWith('public/') ? `a folder, ${holder}` : holder}: rename the file (e.g. ${r.slug}-page.mdx, or a word of its own)`,
          )
        break
      }
    }
    for (const path of r.bodyLinks) fileExists(r, 'body', path)
  }
  redirectRules(records, at)
  return problems
}

type At = (r: ContentRecord, field: string | undefined, message: string) => void

/** The checks many rules share, reporting into one list. */
interface RuleKit {
  at: At
  /** A URL field: an absolute http(s) URL, or a site path whose file must exist under public/. */
  link: (r: ContentRecord, field: string, value: unknown) => void
  fileExists: (r: ContentRecord, field: string, sitePath: string) => void
  /** A slug naming another entry, which must exist. */
  reference: (r: ContentRecord, field: string, value: unknown, folder: 'publications' | 'talks') => void
  /** Talks, news and posts are dated to the day: the lists are ordered by it. */
  day: (r: ContentRecord, field: string, value: unknown) => void
}

function ruleKit(records: ContentRecord[], ctx: RuleContext, problems: Problem[]): RuleKit {
  const at: At = (r, field, message) => problems.push({ file: r.file, field, message })
  const fileExists = (r: ContentRecord, field: string, sitePath: string) => {
    const path = decodeURI(sitePath.split(/[?#]/)[0] ?? '')
    if (/\.[a-z0-9]+$/i.test(path) && !ctx.publicFileExists(path.replace(/^\//, ''))) {
      at(r, field, `${sitePath} does not exist: put the file at public${path}`)
    }
  }
  const slugsOf = (type: string) => new Set(records.filter((r) => r.type === type).map((r) => r.slug))
  const slugs = { publications: slugsOf('Publication'), talks: slugsOf('Talk') }
  return {
    at,
    fileExists,
    link: (r, field, value) => {
      if (typeof value !== 'string') return
      if (!URL_OR_PATH.test(value)) at(r, field, `"${value}" is not a URL (https://…) or a site path (/files/…)`)
      else if (value.startsWith('/')) fileExists(r, field, value)
    },
    reference: (r, field, value, folder) => {
      if (typeof value === 'string' && !slugs[folder].has(value)) {
        const [guess] = nearest(value, slugs[folder], { count: 1 })
        at(
          r,
          field,
          `no ${folder === 'talks' ? 'talk' : 'publication'} has the slug "${value}" (there is no content/${folder}/${value}.mdx)${guess ? `; did you mean "${guess}"?` : ''}`,
        )
      }
    },
    day: (r, field, value) => {
      const key = dateKey(value)
      if (key?.length === 7) at(r, field, `${key} needs a day: write it as YYYY-MM-DD, e.g. ${key}-01`)
    },
  }
}

/** File names that make good addresses, one per entry; exactly one document of a singleton type. */
function slugRules(records: ContentRecord[], at: At, problems: Problem[]): void {
  for (const type of DOCUMENT_TYPES) {
    const docs = records.filter((r) => r.type === type.name)
    if (type.singleton) {
      if (docs.length === 0)
        problems.push({
          file: `${type.folder}/index.mdx`,
          message: `is missing; the site needs exactly one ${type.name}`,
        })
      continue
    }
    const bySlug = new Map<string, ContentRecord[]>()
    for (const r of docs) bySlug.set(r.slug.toLowerCase(), [...(bySlug.get(r.slug.toLowerCase()) ?? []), r])
    for (const r of docs) {
      if (!SLUG.test(r.slug)) {
        at(
          r,
          undefined,
          `the file name "${r.slug}.mdx" becomes the page address: use lower-case letters, digits and hyphens, e.g. "${slug(r.slug) || 'entry'}.mdx"`,
        )
      }
      const others = (bySlug.get(r.slug.toLowerCase()) ?? []).filter((o) => o !== r)
      if (others.length > 0) {
        at(
          r,
          undefined,
          `duplicate slug "${r.slug.toLowerCase()}": ${others.map((o) => `content/${o.file}`).join(', ')} has the same name; rename one of them`,
        )
      }
    }
  }
}

/** The profile's links and photo; returns the owner's names, which every paper's authors must include. */
function profileRules(records: ContentRecord[], { at, link, fileExists }: RuleKit): Set<string> {
  const profile = records.find((r) => r.type === 'Profile')
  const ownerNames = new Set<string>()
  if (profile) {
    const d = profile.data
    if (typeof d.name === 'string') ownerNames.add(d.name)
    for (const v of list(d.nameVariants)) if (typeof v === 'string') ownerNames.add(v)
    link(profile, 'university.url', record(d.university).url)
    list(d.supervisors).forEach((s, i) => link(profile, `supervisors[${i}].url`, record(s).url))
    list(d.degrees).forEach((deg, i) => {
      link(profile, `degrees[${i}].institution.url`, record(record(deg).institution).url)
      list(record(deg).supervisors).forEach((s, j) =>
        link(profile, `degrees[${i}].supervisors[${j}].url`, record(s).url),
      )
    })
    list(d.links).forEach((l, i) => link(profile, `links[${i}].url`, record(l).url))
    if (typeof d.email === 'string' && !EMAIL.test(d.email))
      at(profile, 'email', `"${d.email}" is not an email address: write it as name@example.org, without mailto:`)
    if (typeof d.photo === 'string') {
      const problem = pictureProblem(d.photo, undefined)
      if (problem) at(profile, 'photo', problem)
      else fileExists(profile, 'photo', d.photo)
    }
  }

  return ownerNames
}

function publicationRules(r: ContentRecord, { at, link, fileExists }: RuleKit, ownerNames: Set<string>): void {
  const d = r.data
  if ((d.status === 'published' || d.status === 'accepted') && d.venue === undefined) {
    at(r, 'venue', `a paper with status "${d.status}" needs a venue: { name, kind }`)
  }
  yearField(r, 'year', d.year, at)
  if (typeof d.month === 'number' && !(Number.isInteger(d.month) && d.month >= 1 && d.month <= 12)) {
    at(r, 'month', `${d.month} is not a month number from 1 to 12`)
  }
  const authors = list(d.authors)
  authors.forEach((a, i) => link(r, `authors[${i}].url`, record(a).url))
  if (ownerNames.size > 0 && authors.length > 0 && !authors.some((a) => ownerNames.has(String(record(a).name)))) {
    at(
      r,
      'authors',
      `none of the authors is the site's owner (${[...ownerNames].join(', ')}); fix the spelling, or add this spelling to nameVariants in content/profile/index.mdx`,
    )
  }
  const links = record(d.links)
  if (typeof links.arxiv === 'string' && !ARXIV_ID.test(links.arxiv)) {
    at(r, 'links.arxiv', `"${links.arxiv}" is not an arXiv identifier such as 2505.11574 (no URL, no "arXiv:" prefix)`)
  }
  if (typeof links.doi === 'string' && !DOI.test(links.doi)) {
    at(r, 'links.doi', `"${links.doi}" is not a DOI such as 10.18653/v1/2025.acl-long.1 (no https://doi.org/ prefix)`)
  }
  if (typeof links.openreview === 'string' && !/^[A-Za-z0-9_-]+$/.test(links.openreview)) {
    at(r, 'links.openreview', `"${links.openreview}" is not an OpenReview forum id such as xdVLvWZcUe`)
  }
  for (const key of ['pdf', 'code', 'slides', 'poster', 'video', 'project']) link(r, `links.${key}`, links[key])
  if (typeof d.thumbnail === 'string') {
    const problem = pictureProblem(d.thumbnail, undefined)
    if (problem) at(r, 'thumbnail', problem)
    else fileExists(r, 'thumbnail', d.thumbnail)
  }
}

/**
 * Old addresses (redirectFrom): site paths, each leading to one document, and none the address of
 * a page the site has (the redirect page would overwrite it).
 */
function redirectRules(records: ContentRecord[], at: (r: ContentRecord, f: string | undefined, m: string) => void) {
  const pages = new Set<string>()
  for (const type of DOCUMENT_TYPES) {
    if (type.page) pages.add(type.page)
    if (type.route) for (const r of records.filter((d) => d.type === type.name)) pages.add(type.route(r.slug))
  }
  const seen = new Map<string, ContentRecord>()
  for (const r of records) {
    const values = r.data.redirectFrom
    if (!Array.isArray(values)) continue
    values.forEach((value, i) => {
      if (typeof value !== 'string') return
      const field = `redirectFrom[${i}]`
      if (!/^\/[^\s?#]*$/.test(value) || value.includes('..')) {
        at(
          r,
          field,
          `"${value}" is not a site path: write the old address from its first slash, e.g. /publication/2020-paper`,
        )
        return
      }
      const key = value.replace(/\/?$/, '/').replace(/\.html\/$/, '.html')
      if (pages.has(key) || pages.has(value))
        at(r, field, `${value} is the address of a page of this site; a redirect there would replace it`)
      const other = seen.get(key)
      if (other && other !== r)
        at(r, field, `${value} already leads to content/${other.file}; an old address leads to one page`)
      else seen.set(key, r)
    })
  }
}

/**
 * The settings' redirects (data/site.yml): each from a site path that is no page of the site and no
 * entry's old address, to a page the site has (a section with entries, an entry's page, a page).
 */
export function settingsRedirectRules(
  redirects: unknown,
  records: ContentRecord[],
  report: (field: string, message: string) => void,
): void {
  if (!Array.isArray(redirects)) return
  const pages = new Set<string>(['/', '/cv/', '/search/'])
  const published = (type: DocumentType) => records.filter((r) => r.type === type.name && r.data.draft !== true)
  for (const page of new Set(DOCUMENT_TYPES.flatMap((t) => (t.page ? [t.page] : []))))
    if (DOCUMENT_TYPES.some((t) => t.page === page && (!t.optional || published(t).length > 0))) pages.add(page)
  for (const type of DOCUMENT_TYPES)
    for (const r of type.route ? published(type) : [])
      if (type.ownPage !== 'with-body' || r.hasBody) pages.add(type.route!(r.slug))
  const oldOfEntries = new Set(
    records
      .flatMap((r) => (Array.isArray(r.data.redirectFrom) ? r.data.redirectFrom.map(String) : []))
      .map(redirectKey),
  )
  const seen = new Set<string>()
  redirects.forEach((raw: unknown, i) => {
    if (typeof raw !== 'object' || raw === null) return
    const { from, to } = raw as Record<string, unknown>
    if (typeof from === 'string') {
      if (!/^\/[^\s?#]*$/.test(from) || from.includes('..'))
        report(
          `redirects[${i}].from`,
          `"${from}" is not a site path: write the old address from its first slash, e.g. /year-archive/`,
        )
      else if (pages.has(redirectKey(from)))
        report(
          `redirects[${i}].from`,
          `${from} is the address of a page of this site; a redirect there would replace it`,
        )
      else if (oldOfEntries.has(redirectKey(from)))
        report(`redirects[${i}].from`, `${from} is an entry's old address (its redirectFrom) already; keep it there`)
      else if (seen.has(redirectKey(from))) report(`redirects[${i}].from`, `${from} is in redirects twice`)
      seen.add(redirectKey(from))
    }
    if (typeof to === 'string' && !pages.has(redirectKey(to)))
      report(
        `redirects[${i}].to`,
        `${to} is no page of this site: write a section's address (/posts/), an entry's page or a page's (/research/)`,
      )
  })
}

/** A path as a folder address: /a and /a/ are one; /a.html stays itself (how redirect pages are keyed). */
export const redirectKey = (path: string): string => (/\.[a-z0-9]+$/i.test(path) ? path : path.replace(/\/?$/, '/'))

/** Where a talk was: a place the gazetteer knows (or coordinates), or online. */
function placeRules(r: ContentRecord, at: (r: ContentRecord, f: string | undefined, m: string) => void) {
  const { place, online, coordinates } = r.data
  if (place === undefined && online !== true) {
    at(r, 'place', 'a talk needs a place, { city: Vienna, country: Austria }, or online: true')
    return
  }
  const c = record(coordinates)
  const lat = typeof c.lat === 'number' ? c.lat : undefined
  const lon = typeof c.lon === 'number' ? c.lon : undefined
  if (lat !== undefined && Math.abs(lat) > 90) at(r, 'coordinates.lat', `${lat} is not a latitude (-90 to 90)`)
  if (lon !== undefined && Math.abs(lon) > 180) at(r, 'coordinates.lon', `${lon} is not a longitude (-180 to 180)`)
  if (coordinates !== undefined && place === undefined) {
    at(r, 'coordinates', 'coordinates set where a talk was given: add place: { city, country } to name it')
  }
  const p = record(place)
  if (coordinates !== undefined || typeof p.city !== 'string' || typeof p.country !== 'string') return
  const found = gazetteer().resolve({
    city: p.city,
    country: p.country,
    region: typeof p.region === 'string' ? p.region : undefined,
  })
  if ('problem' in found) at(r, `place.${found.field}`, found.problem)
}

function yearField(
  r: ContentRecord,
  field: string,
  value: unknown,
  at: (r: ContentRecord, f: string, m: string) => void,
) {
  if (typeof value === 'number' && !(Number.isInteger(value) && value >= 1900 && value <= 2100)) {
    at(r, field, `${value} is not a year`)
  }
}

/** "2024-11", "2024-11-05" or a YAML date -> "2024-11" / "2024-11-05" for ordering. */
function dateKey(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10)
  return typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/.test(value) ? value : undefined
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value))
    : {}
}
