// An al-folio repository (alshedivat/al-folio and its forks) read into a Plan: _config.yml and
// _data/socials.yml to the profile, _pages/about.md to its body, _bibliography/papers.bib (with
// al-folio's own fields) to papers, _news/, _posts/ and _projects/ to entries, the JSON resume
// to experience and awards, _data/coauthors.yml to co-author homepages, assets/pdf and
// assets/img copied.
import { existsSync, readFileSync } from 'node:fs'
import { basename, join, posix } from 'node:path'
import { parseBibtex, parseLooseName, type Owner } from '../importer'
import { personName } from '../author-list'
import { readPages } from './pages'
import { readProjects } from './projects'
import { collectionRead, extraCollections, readExperience } from './collections'
import { CV_YAML, readCvYaml } from './cv'
import { resumeEntries } from '../json-resume'
import { readPosts } from './posts'
import { contactAndLinks, identityLinks } from './people'
import { collection, isoDay, isRecord, list, oldAddress, plainHtml } from './plan'
import { languageTag, Plan, readJekyll, readYaml, siteAddress, text, unreadFields } from './plan'

export function isAlFolio(root: string): boolean {
  return existsSync(join(root, '_bibliography')) || existsSync(join(root, '_news'))
}

export function readAlFolio(root: string): Plan {
  const config = readYaml(join(root, '_config.yml'))
  const written = [text(config.first_name), text(config.middle_name), text(config.last_name)].filter(Boolean).join(' ')
  const name = personName(written)
  const { url, siteUrls } = siteAddress(config)
  const owner = ownerFromScholar(name, isRecord(config.scholar) ? config.scholar : {})
  const plan = new Plan(root, 'al-folio', owner, siteUrls)
  plan.locale = languageTag(text(config.lang))
  readProfile(plan, config, name, url)
  // Collections of its own (books, teachings, …): projects, experience, posts or pages (al-folio's
  // papers live in its BibTeX, so a collection is never read as papers or talks here).
  const extras = extraCollections(plan, config, ['news', 'projects', 'posts']).map((c) =>
    c.kind === 'publications' || c.kind === 'talks'
      ? { ...c, kind: 'pages' as const, why: `${c.why}, but al-folio's papers are its BibTeX` }
      : c,
  )

  readPapers(plan, { siteUrls })
  readNews(plan)
  readPosts(plan, {
    pattern: text(config.permalink) || '/blog/:year/:title/',
    fields: [
      'title',
      'date',
      'description',
      'tags',
      'categories',
      'redirect',
      'published',
      'permalink',
      'redirect_from',
    ],
    // al-folio writes both as words in one line: `tags: formatting links`.
    categories: (data) =>
      list(data.categories)
        .flatMap((c) => text(c).split(/\s+/))
        .filter(Boolean),
    tags: (data) => list(data.tags).flatMap((t) => text(t).split(/\s+/)),
    skip: (data) =>
      text(data.redirect) ? `a link to ${text(data.redirect)}, not a post (al-folio's redirect: field)` : undefined,
    picturePath,
    extra: extras.filter((c) => c.kind === 'posts'),
  })

  readProjects(plan, { folder: '_projects', pattern: '/projects/:path/', picturePath })
  readPages(plan, {
    skip: ['_pages/about.md', '_pages/about.markdown'],
    picturePath,
    extra: extras.filter((c) => c.kind === 'pages'),
    collections: extras,
  })
  for (const c of extras.filter((x) => x.kind === 'projects'))
    readProjects(plan, { folder: c.folder, pattern: c.pattern, picturePath, read: collectionRead(c) })
  for (const c of extras.filter((x) => x.kind === 'experience'))
    readExperience(plan, c, (body, notes) => plan.mdx(body, notes, picturePath))
  archives(plan, config)
  // The CV page's data: assets/json/resume.json when there is one (al-folio draws the page from it), else _data/cv.yml.
  if (existsSync(join(root, RESUME))) {
    resume(plan, root)
    if (existsSync(join(root, CV_YAML)))
      plan.record(CV_YAML, 'not migrated', [
        `the CV page was drawn from ${RESUME}, which is migrated; this is the same CV, left alone`,
      ])
  } else readCvYaml(plan)
  // The previews first: they have a folder of their own under images/.
  return plan.finish([
    ['assets/pdf', '/files'],
    [PREVIEW_FOLDER, PREVIEWS],
    ['assets/img', '/images'],
  ])
}

/**
 * jekyll-archives' pages of the blog (a year's, a tag's, a category's posts: /blog/2015/,
 * /blog/tag/math/), as _config.yml lays them out: each leads to /posts/.
 */
function archives(plan: Plan, config: Record<string, unknown>): void {
  const settings = isRecord(config['jekyll-archives']) ? config['jekyll-archives'] : {}
  const posts = isRecord(settings.posts) ? settings.posts : settings
  const permalinks = isRecord(posts.permalinks) ? posts.permalinks : {}
  const enabled = list(posts.enabled).map(text)
  const docs = plan.documentsIn('posts')
  if (docs.length === 0) return
  const words = (re: RegExp) => (pattern: unknown, values: string[]) =>
    text(pattern) ? [...new Set(values)].map((v) => text(pattern).replace(re, v)) : []
  const from = [
    ...(enabled.includes('year')
      ? words(/:year/)(
          permalinks.year,
          docs.map((d) => String(d.data.date).slice(0, 4)),
        )
      : []),
    ...(enabled.some((e) => /^tags?$/.test(e))
      ? words(/:name/)(
          permalinks.tag,
          docs.flatMap((d) => list(d.data.tags).map(text)),
        )
      : []),
    ...(enabled.some((e) => /^categor/.test(e))
      ? words(/:name/)(
          permalinks.category,
          docs.flatMap((d) => list(d.data.tags).map(text)),
        )
      : []),
  ]
  for (const path of from)
    plan.listRedirects.push({
      from: (path.startsWith('/') ? path : `/${path}`) as `/${string}`,
      to: '/posts/',
      source: '_config.yml',
    })
}

/** _config.yml, _data/socials.yml and the about page: the profile. */
function readProfile(plan: Plan, config: Record<string, unknown>, name: string, url: string): void {
  const notes: string[] = []
  const profile: Record<string, unknown> = { name: name || 'Your Name', nameVariants: plan.owner.nameVariants }
  if (!name) notes.push('_config.yml names no first_name/last_name: name is "Your Name" until you write yours')
  const written = [text(config.first_name), text(config.middle_name), text(config.last_name)].filter(Boolean).join(' ')
  if (written !== name)
    notes.push(`name "${written}" is "${name}" (titles, degrees and pronunciations are not part of a name)`)
  const scholar = isRecord(config.scholar) ? config.scholar : {}
  if (list(scholar.last_name).map(text).join() === 'Einstein' && !/\bEinstein\b/.test(name))
    notes.push(
      "scholar: last_name [Einstein], first_name [Albert, A.] is the template's sample, so it names no spelling of the owner",
    )
  if (url && !/alshedivat\.github\.io/.test(url)) profile.siteUrl = url
  const socialsFile = existsSync(join(plan.root, '_data/socials.yml')) ? '_data/socials.yml' : undefined
  const socials = {
    ...pick(config, SOCIAL_KEYS_IN_CONFIG),
    ...(socialsFile ? readYaml(join(plan.root, socialsFile)) : {}),
  }
  const { email, links } = contactAndLinks(identityLinks(socials, notes))
  if (email) profile.email = email
  if (links.length > 0) profile.links = links
  const about = ['_pages/about.md', '_pages/about.markdown'].find((f) => existsSync(join(plan.root, f)))
  let body = ''
  if (about) {
    const page = readJekyll(join(plan.root, about))
    const card = isRecord(page.data.profile) ? page.data.profile : {}
    const photo = text(card.image) ? plan.photo(text(card.image), picturePath, notes) : undefined
    if (photo) profile.photo = photo
    if (text(page.data.subtitle)) {
      profile.focus = plainHtml(text(page.data.subtitle))
      notes.push(`subtitle "${text(page.data.subtitle)}": the profile's focus line`)
    }
    if (text(card.more_info)) {
      profile.location = plainHtml(text(card.more_info))
      notes.push(`profile.more_info: the profile's location line ("${profile.location}")`)
    }
    body = plan.mdx(page.body, notes, picturePath)
    const old = oldAddress(page.data, '', {}).filter((p) => p !== '/')
    if (old.length > 0) profile.redirectFrom = old
  }
  plan.add({ folder: 'profile', slug: 'index', data: profile, body, sources: ['_config.yml'] })
  plan.record('_config.yml', 'content/profile/index.mdx (name, scholar names, address)', notes)
  if (socialsFile) plan.record(socialsFile, 'content/profile/index.mdx (links)')
  if (about) plan.record(about, 'content/profile/index.mdx (its body, photo and subtitle)')
}

/** _bibliography/*.bib with al-folio's own fields, co-author homepages from _data/coauthors.yml. */
function readPapers(plan: Plan, options: { siteUrls: string[] }): void {
  const coauthors = readCoauthors(plan.root)
  for (const file of ['_bibliography/papers.bib', ...listBib(plan.root)].filter((f, i, all) => all.indexOf(f) === i)) {
    if (!existsSync(join(plan.root, file))) continue
    try {
      for (const entry of parseBibtex(readFileSync(join(plan.root, file), 'utf8'), plan.owner, options)) {
        const source = `${file} ${entry.source}`
        if ('error' in entry) {
          plan.record(source, 'not migrated', [entry.error])
          continue
        }
        const linked = entry.data.authors.filter((a) => {
          const url = coauthorUrl(coauthors, a.name)
          if (url && a.name !== plan.owner.name) Object.assign(a, { url })
          return url !== undefined
        })
        if (linked.length > 0)
          (entry.notes ??= []).push(`homepages from _data/coauthors.yml: ${linked.map((a) => a.name).join(', ')}`)
        plan.addPaper(entry, source)
      }
    } catch (error) {
      plan.record(file, 'not migrated', [
        `not BibTeX citation-js can read: ${error instanceof Error ? error.message : String(error)}`,
      ])
    }
  }
  if (coauthors.size > 0)
    plan.record(
      '_data/coauthors.yml',
      `co-author homepages (${coauthors.size} people) linked from their names in author lists`,
    )
}

/** _news/: a dated item each; one with a page of its own keeps its address as a redirect. */
function readNews(plan: Plan): void {
  for (const file of collection(plan.root, '_news'))
    plan.guard(file, () => {
      const { data, body: md } = readJekyll(join(plan.root, file))
      const entryNotes: string[] = []
      unreadFields(data, ['date', 'inline', 'title', 'permalink', 'redirect_from'], entryNotes)
      const date = isoDay(data.date)
      if (!date) {
        plan.record(file, 'not migrated', ['a news item needs a date'])
        return
      }
      const title = text(data.title)
      const inline = data.inline === true
      // A sample news item has no title: its words are the sample.
      if (plan.skipSample(file, title || md.trim())) return
      let newsBody = plan.mdx(md, entryNotes, picturePath).trim()
      if (title && !inline) newsBody = `**${title.replace(/[*_]/g, '\\$&')}**${newsBody ? `\n\n${newsBody}` : ''}`
      if (!newsBody) {
        plan.record(file, 'not migrated', ['the news item is empty'])
        return
      }
      const stem = basename(file).replace(/\.[a-z]+$/i, '')
      const slug = plan.freeSlug('news', `${date}-${stem}`)
      const newsData: Record<string, unknown> = { date }
      // A news item with a page of its own (not inline) had an address: it now leads to the news page.
      if (!inline) newsData.redirectFrom = oldAddress(data, '/news/:path/', { path: stem })
      plan.add({ folder: 'news', slug, data: newsData, body: newsBody, sources: [file] })
      plan.record(file, `content/news/${slug}.mdx`, entryNotes)
    })
}

/** al-folio's social keys when they sit in _config.yml (versions before _data/socials.yml). */
const SOCIAL_KEYS_IN_CONFIG = [
  ...['email', 'scholar_userid', 'orcid_id', 'dblp_url', 'semanticscholar_id', 'research_gate_profile'],
  ...['github_username', 'linkedin_username', 'x_username', 'twitter_username'],
]

function pick(record: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => text(record[k])).map((k) => [k, record[k]]))
}

/**
 * The owner from al-folio's scholar block: every first name with every last name, both orders;
 * not the template's own (Albert Einstein, whose sample papers it marks), which forks leave in.
 */
function ownerFromScholar(name: string, scholar: Record<string, unknown>): Owner {
  let lasts = list(scholar.last_name).map(text).filter(Boolean)
  let firsts = list(scholar.first_name).map(text).filter(Boolean)
  if (lasts.join() === 'Einstein' && !/\bEinstein\b/.test(name)) [lasts, firsts] = [[], []]
  const variants = lasts.flatMap((last) => firsts.flatMap((first) => [`${first} ${last}`, `${last}, ${first}`]))
  return { name, nameVariants: [...new Set(variants)].filter((v) => v !== name) }
}

/** al-folio's paper previews, and the folder of pictures they get here. */
const PREVIEW_FOLDER = 'assets/img/publication_preview'
const PREVIEWS = '/images/publications'

/** al-folio's pictures: assets/img/x.jpg (or x.jpg) is /images/x.jpg; previews are under PREVIEWS. */
function picturePath(path: string): string {
  const p = posix.normalize(`/${path.replace(/^\{\{[^}]*\}\}/, '')}`).replace(/^\/+/, '')
  if (p.startsWith(`${PREVIEW_FOLDER}/`)) return `${PREVIEWS}/${p.slice(PREVIEW_FOLDER.length + 1)}`
  if (p.startsWith('assets/img/')) return `/images/${p.slice('assets/img/'.length)}`
  return `/images/${p}`
}

function listBib(root: string): string[] {
  return collection(root, '_bibliography').filter((f) => f.endsWith('.bib'))
}

type Coauthors = Map<string, { firstnames: string[]; url: string }[]>

/** _data/coauthors.yml: "family": [{ firstname: [Albert, A.], url: … }]. */
function readCoauthors(root: string): Coauthors {
  const data = readYaml(join(root, '_data/coauthors.yml'))
  const out: Coauthors = new Map()
  for (const [family, people] of Object.entries(data)) {
    const entries = list(people).flatMap((p) =>
      isRecord(p) && text(p.url) ? [{ firstnames: list(p.firstname).map(text), url: text(p.url) }] : [],
    )
    if (entries.length > 0) out.set(family.toLowerCase(), entries)
  }
  return out
}

function coauthorUrl(coauthors: Coauthors, name: string): string | undefined {
  const n = parseLooseName(name)
  const family = (n.family ?? '').toLowerCase()
  return coauthors.get(family)?.find((p) => p.firstnames.some((f) => f === n.given))?.url
}

const RESUME = 'assets/json/resume.json'

/** The JSON résumé al-folio's CV page reads (assets/json/resume.json): work, education and awards. */
function resume(plan: Plan, root: string): void {
  if (!existsSync(join(root, RESUME))) return
  let data: unknown
  try {
    data = JSON.parse(readFileSync(join(root, RESUME), 'utf8').replace(/^\uFEFF/, ''))
  } catch (error) {
    plan.record(RESUME, 'not migrated', [`not JSON: ${error instanceof Error ? error.message : String(error)}`])
    return
  }
  if (!isRecord(data)) return
  const notes: string[] = []
  const entries = resumeEntries(data, notes)
  for (const e of entries)
    plan.add({ folder: e.folder, slug: plan.freeSlug(e.folder, e.name), data: e.data, body: e.body, sources: [RESUME] })
  const folders = [...new Set(entries.map((e) => `content/${e.folder}/`))].join(' and ')
  plan.record(RESUME, `${entries.length} entries${folders ? ` in ${folders}` : ''}`, notes)
}
