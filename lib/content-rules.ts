// Checks Contentlayer does not make itself. Pure: it takes the generated documents and returns
// one message per problem, each naming the file, the field and the fix. It cannot import
// `contentlayer/generated` (it runs while that is being generated), so it reads documents
// through the small structural types below.

export const ENUMS = {
  publicationStatus: ['published', 'accepted', 'under-review', 'preprint'],
  venueType: ['conference', 'journal', 'workshop'],
  experienceKind: ['industry', 'research', 'education'],
  term: ['spring', 'summer', 'fall', 'winter'],
  identityKind: ['google-scholar', 'orcid', 'github', 'dblp', 'semantic-scholar', 'linkedin', 'x', 'email', 'website'],
} as const

type Raw = { _raw: { sourceFilePath: string } }
type Doc = Raw & Record<string, unknown> & { slug?: string }

export interface ContentData {
  profile?: Doc | undefined
  allPublications: Doc[]
  allExperiences: Doc[]
  allTeachings: Doc[]
  allProjects: Doc[]
  allAwards: Doc[]
  allActivities: Doc[]
}

const ARXIV_ID = /^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})(v\d+)?$/
const URL_OR_PATH = /^(https?:\/\/[^\s/$.?#][^\s]*|\/[^\s]*|mailto:[^\s@]+@[^\s@]+)$/

export function findContentProblems(data: ContentData): string[] {
  const problems: string[] = []
  const at = (doc: Raw, field: string, message: string) =>
    problems.push(`content/${doc._raw.sourceFilePath}: field "${field}": ${message}`)

  const oneOf = (doc: Raw, field: string, value: unknown, options: readonly string[]) => {
    if (value !== undefined && !options.includes(String(value))) {
      at(doc, field, `"${String(value)}" is not one of ${options.join(', ')}`)
    }
  }
  const url = (doc: Raw, field: string, value: unknown) => {
    if (value !== undefined && !URL_OR_PATH.test(String(value))) {
      at(doc, field, `"${String(value)}" is not a URL (https://…) or a site path (/files/…)`)
    }
  }
  const uniqueSlugs = (docs: Doc[]) => {
    const seen = new Map<string, string>()
    for (const doc of docs) {
      const key = String(doc.slug ?? '').toLowerCase()
      const other = seen.get(key)
      if (other) at(doc, 'slug', `"${key}" is also the slug of content/${other}; rename one of the files`)
      else seen.set(key, doc._raw.sourceFilePath)
    }
  }

  const profile = data.profile
  const ownerNames = new Set<string>()
  if (profile) {
    ownerNames.add(String(profile.name))
    for (const v of asArray(profile.nameVariants)) ownerNames.add(String(v))
    url(profile, 'university.url', asRecord(profile.university).url)
    asArray(profile.supervisors).forEach((s, i) => url(profile, `supervisors[${i}].url`, asRecord(s).url))
    asArray(profile.degrees).forEach((d, i) => {
      url(profile, `degrees[${i}].institution.url`, asRecord(asRecord(d).institution).url)
      asArray(asRecord(d).supervisors).forEach((s, j) =>
        url(profile, `degrees[${i}].supervisors[${j}].url`, asRecord(s).url),
      )
    })
    asArray(profile.links).forEach((l, i) => {
      oneOf(profile, `links[${i}].kind`, asRecord(l).kind, ENUMS.identityKind)
      url(profile, `links[${i}].url`, asRecord(l).url)
    })
  }

  for (const p of data.allPublications) {
    oneOf(p, 'status', p.status, ENUMS.publicationStatus)
    const venue = p.venue === undefined ? undefined : asRecord(p.venue)
    if (venue) oneOf(p, 'venue.kind', venue.kind, ENUMS.venueType)
    if ((p.status === 'published' || p.status === 'accepted') && !venue) {
      at(p, 'venue', `a paper with status "${String(p.status)}" needs a venue (name and kind)`)
    }
    const year = Number(p.year)
    if (!Number.isInteger(year) || year < 1900 || year > 2100) at(p, 'year', `"${String(p.year)}" is not a year`)
    if (p.month !== undefined && !(Number.isInteger(p.month) && Number(p.month) >= 1 && Number(p.month) <= 12)) {
      at(p, 'month', `"${String(p.month)}" is not a month number from 1 to 12`)
    }
    const authors = asArray(p.authors)
    if (authors.length === 0) at(p, 'authors', 'the list is empty; add at least one author')
    if (profile && !authors.some((a) => ownerNames.has(String(asRecord(a).name)))) {
      at(
        p,
        'authors',
        `none of the authors is the site owner (${[...ownerNames].join(', ')}); fix the spelling or add the variant to nameVariants in content/profile/index.mdx`,
      )
    }
    const links = asRecord(p.links)
    if (links.arxiv !== undefined && !ARXIV_ID.test(String(links.arxiv))) {
      at(p, 'links.arxiv', `"${String(links.arxiv)}" is not an arXiv identifier such as 2505.11574`)
    }
    for (const key of ['pdf', 'code', 'slides', 'poster', 'video', 'project']) url(p, `links.${key}`, links[key])
  }
  uniqueSlugs(data.allPublications)

  for (const e of data.allExperiences) {
    oneOf(e, 'kind', e.kind, ENUMS.experienceKind)
    url(e, 'url', e.url)
    if (typeof e.end === 'string' && typeof e.start === 'string' && e.end < e.start) {
      at(e, 'end', `${e.end.slice(0, 7)} is before start ${e.start.slice(0, 7)}`)
    }
  }
  uniqueSlugs(data.allExperiences)

  for (const t of data.allTeachings) oneOf(t, 'term', t.term, ENUMS.term)
  uniqueSlugs(data.allTeachings)

  for (const p of data.allProjects) url(p, 'repository', p.repository)
  uniqueSlugs(data.allProjects)

  for (const a of data.allAwards) {
    const year = Number(a.year)
    if (!Number.isInteger(year) || year < 1900 || year > 2100) at(a, 'year', `"${String(a.year)}" is not a year`)
  }
  uniqueSlugs(data.allAwards)
  uniqueSlugs(data.allActivities)

  return problems
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {}
}
