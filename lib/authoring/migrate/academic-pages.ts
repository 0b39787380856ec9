// An Academic Pages repository (academicpages/academicpages.github.io and its forks) read into a
// Plan: _config.yml's author to the profile, _pages/about.md to its body, _publications/,
// _talks/, _teaching/, _posts/ and markdown_generator/*.tsv|*.bib to entries, files/ and
// images/ copied, every old permalink kept as a redirect.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join, posix } from 'node:path'
import {
  academicPagesDate,
  academicPagesPaper,
  parseAcademicPagesTsv,
  parseBibtex,
  parseLooseName,
  readTsv,
  type Owner,
} from '../importer'
import { ENUMS } from '../../model/schema'
import { parseAuthorList, personName } from '../author-list'
import { contactAndLinks, identityLinks, ownerFromCitations } from './people'
import { talkPlaceFrom } from './places'
import { readNavigation, readPages } from './pages'
import { readPosts } from './posts'
import { readProjects } from './projects'
import { collectionRead, extraCollections, readExperience, type ExtraCollection } from './collections'
import { collection, isoDay, isRecord, list, oldAddress, plainHtml } from './plan'
import { languageTag, Plan, readJekyll, readYaml, siteAddress, text, unreadFields } from './plan'
import { isTemplateSample } from './samples'

export function isAcademicPages(root: string): boolean {
  return existsSync(join(root, '_publications')) || existsSync(join(root, 'markdown_generator'))
}

export function readAcademicPages(root: string): Plan {
  const config = readYaml(join(root, '_config.yml'))
  const author = isRecord(config.author) ? config.author : {}
  const name = personName(text(author.name) || text(config.name))
  const { url, siteUrls } = siteAddress(config)
  const plan = new Plan(root, 'academic-pages', ownerOf(root, name), siteUrls)
  plan.locale = languageTag(text(config.locale))
  readProfile(plan, author, name, url)
  // Collections of its own (_wps/, speaking, …), each read as the kind its files are.
  const extras = extraCollections(plan, config, ['publications', 'talks', 'teaching', 'portfolio', 'posts'])
  readPapers(plan, { siteUrls, ownerOwnsAll: true }, extras)
  readTalks(plan, extras)
  readTeaching(plan)
  readPosts(plan, {
    pattern: text(config.permalink) || '/:categories/:title/',
    fields: ['title', 'date', 'permalink', 'tags', 'categories', 'category', 'excerpt', 'redirect_from', 'published'],
    categories: (data) =>
      list(data.categories ?? data.category)
        .map(text)
        .filter(Boolean)
        .map((c) => c.toLowerCase().replace(/\s+/g, '-')),
    tags: (data) => list(data.tags),
    picturePath,
    extra: extras.filter((c) => c.kind === 'posts'),
  })

  readNavigation(plan)
  readPages(plan, {
    skip: aboutFiles,
    picturePath,
    extra: extras.filter((c) => c.kind === 'pages'),
    collections: extras,
  })
  readProjects(plan, { folder: '_portfolio', pattern: '/portfolio/:path/', picturePath })
  for (const c of extras.filter((x) => x.kind === 'projects'))
    readProjects(plan, { folder: c.folder, pattern: c.pattern, picturePath, read: collectionRead(c) })
  for (const c of extras.filter((x) => x.kind === 'experience'))
    readExperience(plan, c, (body, notes) => plan.mdx(body, notes, picturePath))
  return plan.finish([
    ['files', '/files'],
    ['images', '/images'],
  ])
}

/** The owner: the configured name, and the spellings its citations use (the name in most of them). */
function ownerOf(root: string, name: string): Owner {
  // The template's own sample papers ("Your Name, You.") say nothing of how the owner is cited.
  const citations = [
    ...collection(root, '_publications')
      .map((f) => readJekyll(join(root, f)).data)
      .filter((d) => !isTemplateSample('academic-pages', text(d.title)))
      .map((d) => text(d.citation)),
    ...tsvFiles(root, 'publications').flatMap((f) =>
      readTsv(readFileSync(join(root, f), 'utf8'))
        .filter((r) => !isTemplateSample('academic-pages', r.title ?? ''))
        .map((r) => r.citation ?? ''),
    ),
  ].filter(Boolean)
  // A list cut short ("L. Finos et al.") says nothing of how the owner is written.
  const lists = citations.map(parseAuthorList).filter((l) => !l.truncated)
  return ownerFromCitations(
    name,
    lists.map((l) => l.names.map(parseLooseName)),
  )
}

/** Where the about page may be: the profile's body. */
const aboutFiles = ['_pages/about.md', '_pages/about.markdown', 'about.md', 'index.md']

/** _config.yml's author and the about page: the profile. */
function readProfile(plan: Plan, author: Record<string, unknown>, name: string, url: string | undefined): void {
  const about = aboutFiles.find((f) => existsSync(join(plan.root, f)))
  const profileNotes: string[] = []
  const profile: Record<string, unknown> = { name: name || 'Your Name', nameVariants: plan.owner.nameVariants }
  if (!name) profileNotes.push('_config.yml names no author: name is "Your Name" until you write yours')
  const written = text(author.name)
  if (written && written !== name)
    profileNotes.push(`name "${written}" is "${name}" (titles, degrees and pronunciations are not part of a name)`)
  if (text(author.employer)) profile.university = { name: text(author.employer) }
  if (text(author.location)) profile.location = text(author.location)
  if (text(author.bio)) profile.focus = plainHtml(text(author.bio))
  const photo = text(author.avatar) ? plan.photo(text(author.avatar), picturePath, profileNotes) : undefined
  if (photo) profile.photo = photo
  if (url && !/academicpages\.github\.io$/.test(url)) profile.siteUrl = url
  const { email, links } = contactAndLinks(identityLinks(author, profileNotes))
  if (email) profile.email = email
  if (links.length > 0) profile.links = links
  if (text(author.pronouns))
    profileNotes.push(`pronouns "${text(author.pronouns)}": not carried (the profile has no such field)`)
  let body = ''
  if (about) {
    const page = readJekyll(join(plan.root, about))
    body = plan.mdx(page.body, profileNotes, picturePath)
    const old = oldAddress(page.data, '', {}).filter((p) => p !== '/')
    if (old.length > 0) profile.redirectFrom = old
  }
  plan.add({
    folder: 'profile',
    slug: 'index',
    data: profile,
    body,
    sources: ['_config.yml', ...(about ? [about] : [])],
  })
  plan.record(
    '_config.yml',
    'content/profile/index.mdx (the author: name, employer, location, bio, avatar, links)',
    profileNotes,
  )
  if (about) plan.record(about, 'content/profile/index.mdx (its body)')
}

/** _publications/, and the generator's publications.tsv and .bib files: papers, one per work. */
/**
 * The files of papers or of talks: their folder's, less those whose `collection:` names the other,
 * plus the other folder's that name this one (a copied file whose field was changed: the field
 * says what the author meant, and the report says it decided).
 */
function filesOf(plan: Plan, kind: 'publications' | 'talks', extras: readonly ExtraCollection[]): string[] {
  const other = kind === 'publications' ? 'talks' : 'publications'
  const said = (file: string) => text(readJekyll(join(plan.root, file)).data.collection).toLowerCase()
  return [
    ...collection(plan.root, `_${kind}`).filter((f) => said(f) !== other),
    ...collection(plan.root, `_${other}`).filter((f) => said(f) === kind),
    ...extras.filter((c) => c.kind === kind).flatMap((c) => collection(plan.root, c.folder)),
  ]
}

/** A file's old address pattern: its collection's, for a collection of the site's own. */
function patternOf(
  file: string,
  fallback: string,
  extras: readonly ExtraCollection[],
): { pattern: string; notes: string[] } {
  const c = extras.find((x) => file.startsWith(`${x.folder}/`))
  return c ? { pattern: c.pattern, notes: [collectionRead(c)] } : { pattern: fallback, notes: [] }
}

function collectionNote(file: string, kind: 'publications' | 'talks'): string[] {
  const other = kind === 'talks' ? '_publications/' : '_talks/'
  return !file.startsWith(other)
    ? []
    : [`collection: ${kind}: read as ${kind === 'talks' ? 'a talk' : 'a paper'}, as its front matter says`]
}

function readPapers(
  plan: Plan,
  options: { siteUrls: string[]; ownerOwnsAll: boolean },
  extras: readonly ExtraCollection[],
): void {
  for (const file of filesOf(plan, 'publications', extras))
    plan.guard(file, () => {
      const { data, body: md } = readJekyll(join(plan.root, file))
      const stem = basename(file).replace(/\.[a-z]+$/i, '')
      const row = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, text(v)]))
      const parsed = academicPagesPaper(row, file, plan.owner, options)
      if ('error' in parsed) {
        plan.record(file, 'not migrated', [parsed.error])
        return
      }
      const { pattern, notes: read } = patternOf(file, '/publications/:path/', extras)
      const notes: string[] = [...read, ...collectionNote(file, 'publications')]
      unreadFields(data, PAPER_FIELDS, notes)
      const paperBody = plan.mdx(md, notes, picturePath)
      parsed.notes = [...(parsed.notes ?? []), ...notes]
      parsed.slug = stem.replace(/^\d{4}-\d{1,2}-\d{1,2}-/, '')
      plan.addPaper(parsed, file, paperBody, oldAddress(data, pattern, { path: stem }))
    })
  for (const file of tsvFiles(plan.root, 'publications')) {
    for (const entry of parseAcademicPagesTsv(readFileSync(join(plan.root, file), 'utf8'), plan.owner, options)) {
      const source = `${file} ${entry.source}`
      // A row had a page only once the generator made its _publications/ file (read above, so merged).
      if ('error' in entry) plan.record(source, 'not migrated', [entry.error])
      else plan.addPaper(entry, source)
    }
  }
  for (const file of bibFiles(plan.root)) {
    try {
      for (const entry of parseBibtex(readFileSync(join(plan.root, file), 'utf8'), plan.owner, options)) {
        const source = `${file} ${entry.source}`
        if ('error' in entry) plan.record(source, 'not migrated', [entry.error])
        else plan.addPaper(entry, source)
      }
    } catch (error) {
      plan.record(file, 'not migrated', [
        `not BibTeX citation-js can read: ${error instanceof Error ? error.message : String(error)}`,
      ])
    }
  }
}

/** _talks/ and talks.tsv. */
function readTalks(plan: Plan, extras: readonly ExtraCollection[]): void {
  for (const file of filesOf(plan, 'talks', extras))
    plan.guard(file, () => {
      const { data, body: md } = readJekyll(join(plan.root, file))
      const stem = basename(file).replace(/\.[a-z]+$/i, '')
      const notes: string[] = [...patternOf(file, '', extras).notes, ...collectionNote(file, 'talks')]
      unreadFields(
        data,
        [
          'title',
          'type',
          'talk_type',
          'permalink',
          'venue',
          'date',
          'location',
          'talk_url',
          'slidesurl',
          'redirect_from',
        ],
        notes,
      )
      talk(
        plan,
        file,
        { ...flat(data), body: plan.mdx(md, notes, picturePath) },
        stem,
        oldAddress(data, patternOf(file, '/talks/:path/', extras).pattern, { path: stem }),
        notes,
      )
    })
  for (const file of tsvFiles(plan.root, 'talks')) {
    readTsv(readFileSync(join(plan.root, file), 'utf8')).forEach((row, i) => {
      const source = `${file} row ${i + 2}${row.url_slug ? ` (${row.url_slug})` : ''}`
      plan.guard(source, () => {
        const notes: string[] = []
        const date = isoDay(row.date) ?? ''
        const stem = `${date}-${row.url_slug ?? ''}`
        talk(
          plan,
          source,
          { ...row, body: plan.mdx(row.description ?? '', notes, picturePath) },
          row.url_slug || stem,
          [],
          notes,
        )
      })
    })
  }
}

/** _teaching/: a course each, its term from the date. */
function readTeaching(plan: Plan): void {
  for (const file of collection(plan.root, '_teaching'))
    plan.guard(file, () => {
      const { data, body: md } = readJekyll(join(plan.root, file))
      const notes: string[] = []
      unreadFields(data, ['title', 'type', 'permalink', 'venue', 'date', 'location', 'redirect_from'], notes)
      const stem = basename(file).replace(/\.[a-z]+$/i, '')
      const when = academicPagesDate(text(data.date))
      const institution = text(data.venue)
      if (plan.skipSample(file, text(data.title))) return
      if (!text(data.title) || !when || !institution) {
        plan.record(file, 'not migrated', [
          `a teaching entry needs title, date and venue (the institution); this one has ${['title', 'date', 'venue'].filter((k) => text(data[k])).join(', ') || 'none of them'}`,
        ])
        return
      }
      const month = when.month ?? 1
      const term = month <= 5 ? 'spring' : month <= 8 ? 'summer' : 'fall'
      if (text(data.type)) notes.push(`type "${text(data.type)}": shown in the body (the entry has no type field)`)
      if (text(data.location)) notes.push(`location "${text(data.location)}": shown in the body`)
      const extra = [text(data.type), text(data.location)].filter(Boolean).join(', ')
      const teachingBody = [extra && `*${extra}*`, plan.mdx(md, notes, picturePath).trim()].filter(Boolean).join('\n\n')
      const slug = plan.freeSlug('teaching', stem)
      plan.add({
        folder: 'teaching',
        slug,
        data: {
          courseTitle: text(data.title),
          institution,
          year: when.year,
          term,
          redirectFrom: oldAddress(data, '/teaching/:path/', { path: stem }),
        },
        body: teachingBody,
        sources: [file],
      })
      notes.unshift(`term "${term}" from the date ${text(data.date)}`)
      plan.record(file, `content/teaching/${slug}.mdx`, notes)
    })
}

/** What a _publications/ file's front matter holds that the paper reads (academicPagesPaper). */
const PAPER_FIELDS = [
  // the paper, its date and venue
  ...['title', 'category', 'excerpt', 'citation', 'date', 'pub_date', 'venue'],
  // its links, in both spellings the template has used
  ...['slidesurl', 'slides_url', 'paperurl', 'paper_url', 'bibtexurl', 'bibtex_url', 'doi', 'arxiv'],
  // its old address
  ...['permalink', 'url_slug', 'redirect_from'],
]

/** Where a picture of the old site lives on this one: images/x.png -> /images/x.png. */
function picturePath(path: string): string {
  // ../images/x.png (a page one folder down wrote it so): the site's /images/x.png.
  const p = posix.normalize(`/${path.replace(/^\{\{[^}]*\}\}/, '')}`).replace(/^\/+/, '')
  if (p.startsWith('images/')) return `/${p}`
  return `/images/${p}`
}

function tsvFiles(root: string, kind: 'publications' | 'talks'): string[] {
  const dir = join(root, 'markdown_generator')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((n) => n.endsWith('.tsv') && !n.startsWith('.') && (kind === 'talks' ? /talk/i.test(n) : !/talk/i.test(n)))
    .sort()
    .map((n) => `markdown_generator/${n}`)
}

function bibFiles(root: string): string[] {
  const dir = join(root, 'markdown_generator')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((n) => n.endsWith('.bib') && !n.startsWith('.'))
    .sort()
    .map((n) => `markdown_generator/${n}`)
}

const flat = (data: Record<string, unknown>) => Object.fromEntries(Object.entries(data).map(([k, v]) => [k, text(v)]))

/** A talk (a _talks/ file or a talks.tsv row), unless the same one (title and date) is planned already. */
function talk(
  plan: Plan,
  source: string,
  row: Record<string, string>,
  stem: string,
  old: string[],
  notes: string[],
): void {
  const title = row.title?.trim() ?? ''
  const date =
    isoDay(row.date) ??
    (academicPagesDate(row.date ?? '') ? isoFromParts(academicPagesDate(row.date ?? '')) : undefined)
  const event = row.venue?.trim() ?? ''
  if (plan.skipSample(source, title)) return
  if (!title || !date || !event) {
    plan.record(source, 'not migrated', [
      `a talk needs title, date and venue (the event); this one lacks ${['title', 'date', 'venue'].filter((k) => !row[k]?.trim()).join(', ')}`,
    ])
    return
  }
  const twin = plan.documentsIn('talks').find((t) => t.data.title === title && t.data.date === date)
  if (twin) {
    twin.sources.push(source)
    plan.record(source, `merged into content/talks/${twin.slug}.mdx (the same talk)`)
    return
  }
  const type = (row.talk_type ?? row.type ?? '').trim()
  const kind = talkKind(type)
  if (type && type.toLowerCase() !== kind.replace('-', ' ')) notes.push(`type "${type}" is kind ${kind}`)
  const data: Record<string, unknown> = { title, event: { name: event }, date, kind }
  const location = row.location?.trim()
  if (location) {
    const place = talkPlaceFrom(location)
    if (place) data.place = place
    else if (/online|virtual|zoom|remote/i.test(location)) data.online = true
    else
      notes.push(`location "${location}": no place in the gazetteer by that name; add place: { city, country } by hand`)
  }
  const link = (row.talk_url ?? row.slidesurl ?? '').trim()
  if (/^https?:\/\//.test(link)) data.links = { event: link }
  if (old.length > 0) data.redirectFrom = old
  const slug = plan.freeSlug('talks', stem.replace(/^\d{4}-\d{1,2}-\d{1,2}-/, ''))
  plan.add({ folder: 'talks', slug, data, body: row.body ?? '', sources: [source] })
  plan.record(source, `content/talks/${slug}.mdx`, notes)
}

function isoFromParts(d: { year: number; month?: number; day?: number } | undefined): string | undefined {
  if (!d?.month || !d.day) return undefined
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`
}

/** Academic Pages' free-text talk type as one of the site's kinds. */
function talkKind(type: string): (typeof ENUMS.talkKind)[number] {
  const t = type.toLowerCase()
  const found = ENUMS.talkKind.find((k) => t === k || t === k.replace('-', ' '))
  if (found) return found
  if (/keynote/.test(t)) return 'keynote'
  if (/invited/.test(t)) return 'invited-talk'
  if (/tutorial|workshop/.test(t)) return 'tutorial'
  if (/poster/.test(t)) return 'poster'
  if (/lecture|guest/.test(t)) return 'lecture'
  if (/seminar|colloquium/.test(t)) return 'seminar'
  if (/panel/.test(t)) return 'panel'
  return 'talk'
}
