// _pages/ of a Jekyll site (both templates keep their pages there): every page that is the
// author's own writing becomes a page of content/pages/ (its body, its title, its old addresses,
// its place in the menu); a page that only lists the entries of a collection (Liquid loops over
// site.publications, {% bibliography %}) is reported as such, since this site lists them itself;
// the template's own sample pages and editors' backup copies are skipped and said.
import { existsSync } from 'node:fs'
import { basename, join } from 'node:path'
import { collectionRead, SECTION_OF, type ExtraCollection } from './collections'
import { collection, isRecord, list, listFiles, oldAddress, readJekyll, readYaml, text, type Plan } from './plan'

export interface PagesOptions {
  /** Pages read elsewhere (the about page, the profile's body). */
  skip: readonly string[]
  picturePath: (path: string) => string
  /** Collections of the site's own read as pages, with their address patterns. */
  extra?: readonly ExtraCollection[]
  /** All the site's own collections: a list of one of them leads to where it went. */
  collections?: readonly ExtraCollection[]
}

/** Bodies the templates ship, matched by a sentence of their own (lower case, spaces collapsed). */
const SAMPLE_BODIES = [
  // academicpages/academicpages.github.io: _pages/non-menu-page.md and _pages/cv.md
  'this is a page not in the menu. you can use markdown in this page.',
  'ph.d in version control theory, github university',
  // alshedivat/al-folio: _pages/teaching.md
  'for now, this page is assumed to be a static description of your courses.',
  // alshedivat/al-folio: _pages/about_einstein.md (the about page's sample, kept beside the owner's)
  'write your biography here. tell the world about yourself.',
]
/** Descriptions the templates ship, often left on the owner's own pages (alshedivat/al-folio: _pages/teaching.md and others). */
const SAMPLE_DESCRIPTIONS = ['materials for courses you taught. replace this text with your description.']
/** Pages the templates ship that are guides or placeholders, by title (al-folio's are lower case). */
const SAMPLE_TITLES = /^(markdown|terms and privacy policy|archive layout with content|submenus|page not found)$/i

/** Front matter of a page that the new page takes; the rest drives the old theme's layout. */
const READ = ['title', 'permalink', 'redirect_from', 'description', 'excerpt', 'nav', 'nav_order', 'published']
const LAYOUT_ONLY = new Set([
  ...['layout', 'author_profile', 'sidebar', 'toc', 'toc_label', 'toc_icon', 'toc_sticky', 'classes', 'header'],
  ...['share', 'comments', 'related', 'read_time', 'section_spacing', 'dropdown', 'children', 'pagination'],
  ...['display_categories', 'horizontal', 'years', 'nav_title', 'social', 'announcements', 'latest_posts'],
  ...['selected_papers', 'profile', 'subtitle', 'news', 'entries_layout', 'lang', 'images', 'giscus_comments'],
])

/** Liquid that draws a list from the site's entries or data: the page is the old theme's list of them. */
const GENERATED =
  /\{%-?\s*(for\s+\w+\s+in\s+(site\.|paginator|sorted|page\.)|bibliography\b|include\s+(archive-single|news|selected_papers|projects|repository|cv|publications|latest_posts)|assign\s+\w+\s*=\s*site\.)/

/** Where this site lists what an old list page listed, by a word of its address. */
const SECTION_FOR: [RegExp, `/${string}/`][] = [
  [/publication|paper|bibliograph/, '/publications/'],
  [/talk|speaking|presentation/, '/talks/'],
  [/teaching|course/, '/teaching/'],
  [/blog|post|year-archive|categor|tag/, '/posts/'],
  [/news|announcement/, '/news/'],
  [/project|portfolio/, '/projects/'],
  [/cv|resume|vita/, '/cv/'],
]

/** The section of this site that lists what an old address listed, by the address's words. */
export function sectionFor(address: string): `/${string}/` | undefined {
  return SECTION_FOR.find(([re]) => re.test(address.toLowerCase()))?.[1]
}

/** A path as a folder address: /a and /a/ are one; /a.html is /a/. */
export const slashed = (path: string): string => path.replace(/\.html$/, '').replace(/\/?$/, '/')

export function readPages(plan: Plan, options: PagesOptions): void {
  const own = existsSync(join(plan.root, '_pages'))
    ? listFiles(join(plan.root, '_pages')).map((f) => `_pages/${f}`)
    : []
  const extra = (options.extra ?? []).flatMap((c) =>
    collection(plan.root, c.folder).map((file) => ({ file, pattern: c.pattern, read: [collectionRead(c)] })),
  )
  for (const { file, pattern, read } of [
    ...own.map((file) => ({ file, pattern: '', read: [] as string[] })),
    ...extra,
  ]) {
    if (options.skip.includes(file)) continue
    const name = file.split('/').at(-1) ?? file
    if (/^[.#_]|~$|\.(swp|orig|bak|working)$|\.md(bak|\.\w+)$|\bcheckpoint\b/i.test(name) || file.includes('/.')) {
      plan.record(file, 'not migrated', ["an editor's backup or hidden copy, which the old site did not publish"])
      continue
    }
    if (!/\.(md|markdown|html)$/i.test(name)) continue // a picture or a PDF kept beside the pages: the rest's report
    plan.guard(file, () => readPage(plan, file, options, { pattern, read }))
  }
}

function readPage(
  plan: Plan,
  file: string,
  options: PagesOptions,
  collected: { pattern: string; read: string[] },
): void {
  const page = readJekyll(join(plan.root, file))
  const parts = { path: basename(file).replace(/\.[a-z]+$/i, '') }
  const data = page.data
  const plain = page.body.toLowerCase().replace(/\s+/g, ' ')
  const title = text(data.title) || firstHeading(page.body) || prettyName(file)
  const permalink = text(data.permalink)
  // al-folio's menu: every page with nav: true, in nav_order (whatever becomes of the page itself).
  if (data.nav === true && permalink)
    plan.oldMenu.push({
      label: text(data.nav_title) || title,
      url: permalink,
      source: file,
      order: Number(data.nav_order),
    })
  // A sample page at an address this site has (the template's /cv/): its other addresses lead there; else they land nowhere.
  const lost = (why: string) => {
    const own =
      permalink && SECTION_FOR.some(([, href]) => href === slashed(permalink)) ? slashed(permalink) : undefined
    for (const path of oldAddress(data, collected.pattern, parts))
      if (own) plan.listRedirects.push({ from: path as `/${string}`, to: own as `/${string}`, source: file })
      else plan.lostAddresses.push({ path, why })
  }
  if (SAMPLE_BODIES.some((sample) => plain.includes(sample))) {
    lost("the template's sample page")
    plan.record(file, 'skipped: template sample', [
      `"${title}" is the template's own sample page, not the owner's; delete it from the old site`,
    ])
    return
  }
  if (SAMPLE_TITLES.test(text(data.title))) {
    lost(`the template's page "${text(data.title)}"`)
    plan.record(file, 'skipped: template sample', [
      `"${text(data.title)}" is one of the template's own pages (a guide or placeholder); this site has its own`,
    ])
    return
  }
  if (/^\/?404(\.html)?\/?$/.test(permalink) || /^404\./.test(file.split('/').at(-1) ?? '')) {
    plan.record(file, 'not migrated', ['the old not-found page: this site has its own (404.html)'])
    return
  }
  if (data.published === false) {
    plan.record(file, 'not migrated', ['published: false, so the old site did not show it; copy it by hand if wanted'])
    return
  }
  const where = `${permalink} ${file}`.toLowerCase()
  // Academic Pages' talk map (a frame of talkmap/map.html, drawn by talkmap.py) is /talks/'s map here.
  const talkMap = /talkmap/.test(where)
  if (text(data.layout) === 'cv' || talkMap || (GENERATED.test(page.body) && ownWords(page.body).length < 120)) {
    // A list of one of the site's own collections leads to where that collection went; else by its words.
    const listed = (options.collections ?? []).find((c) => liquidSources(page.body).includes(`site.${c.name}`))
    const section = listed ? SECTION_OF[listed.kind] : sectionFor(where)
    const moved = section
      ? oldAddress(data, collected.pattern, parts).filter((p) => p.replace(/\/?$/, '/') !== section)
      : []
    for (const from of moved) plan.listRedirects.push({ from: from as `/${string}`, to: section ?? '/', source: file })
    // Its further pages (jekyll-paginate-v2: /blog/page/2/, …), when it was paginated.
    const pagination = isRecord(data.pagination) ? data.pagination : undefined
    const perPage = Number(pagination?.per_page ?? 0)
    if (section && permalink && pagination?.enabled === true && perPage > 0) {
      const n = Math.ceil(plan.documentsIn(section.slice(1, -1)).length / perPage)
      for (let i = 2; i <= n; i++)
        plan.listRedirects.push({ from: `${slashed(permalink)}page/${i}/` as `/${string}`, to: section, source: file })
    }
    if (!section) lost(`a list of ${liquidSources(page.body).join(', ') || 'data'}, which no section here holds`)
    plan.record(file, 'not migrated: a list the old theme drew from its entries', [
      section
        ? `this site lists the same entries at ${section}${moved.length > 0 ? `; ${moved.join(', ')} lead${moved.length === 1 ? 's' : ''} there` : ''}`
        : `it lists data this site has no section for (${liquidSources(page.body).join(', ') || 'Liquid loops'}): write what it showed as a page by hand`,
    ])
    return
  }

  const notes: string[] = [...collected.read]
  const slug = plan.freeSlug('pages', lastSegment(permalink) || prettyName(file))
  const doc: Record<string, unknown> = { title }
  if (!text(data.title))
    notes.push(`it has no title: "${title}" (from ${firstHeading(page.body) ? 'its first heading' : 'its file name'})`)
  const description = text(data.description) || text(data.excerpt)
  if (description && !SAMPLE_DESCRIPTIONS.includes(description.toLowerCase().replace(/\s+/g, ' ')))
    doc.description = description
  else if (description) notes.push(`description "${description}" is the template's sample text: left out`)
  const old = oldAddress(data, collected.pattern, parts).filter(
    (p) => p !== '/' && p.replace(/\/?$/, '/') !== `/${slug}/`,
  )
  if (old.length > 0) doc.redirectFrom = old
  if (GENERATED.test(page.body))
    notes.push(
      `its Liquid lists (${liquidSources(page.body).join(', ') || 'loops'}) are not carried: this site lists entries on their sections' pages`,
    )
  for (const key of Object.keys(data))
    if (!READ.includes(key) && !LAYOUT_ONLY.has(key) && text(data[key]) !== '')
      notes.push(`${key}: "${text(data[key]).slice(0, 60)}" not carried (a page has no such field)`)
  const body = withoutTitle(plan.mdx(page.body, notes, options.picturePath), title, notes)
  plan.add({ folder: 'pages', slug, data: doc, body, sources: [file] })
  plan.record(file, `content/pages/${slug}.mdx (a page of its own)`, notes)
}

/** A body without its first heading when that is the page's title (the page shows its title itself). */
function withoutTitle(body: string, title: string, notes: string[]): string {
  const words = (t: string) =>
    t
      .replace(/<[^>]+>/g, '')
      .replace(/[*_`#]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()
  // The first heading, Markdown or HTML, near the top (inside an old theme's wrapping divs too).
  const m = /^#{1,2}[ \t]+(.+)$|<h[12]\b[^>]*>([\s\S]*?)<\/h[12]>/m.exec(body)
  const first = m?.[1] ?? m?.[2]
  if (!m || first === undefined || m.index > 400 || words(first) !== words(title)) return body
  notes.push('its first heading repeated its title, which the page shows itself: left out')
  return (body.slice(0, m.index) + body.slice(m.index + m[0].length)).replace(/^\s+/, '')
}

/** The words a page's author wrote: its body without Liquid, HTML tags, comments and Markdown marks. */
function ownWords(body: string): string {
  return body
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\{%-?\s*(for|if|unless|case|capture)\b[\s\S]*?\{%-?\s*end\1\s*-?%\}/g, '')
    .replace(/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g, '')
    .replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/gi, '')
    .replace(/<[^>]+>/g, '')
    .replace(/[#*_=>|`-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** What a page's Liquid loops read: site.publications, site.data.courses, … */
function liquidSources(body: string): string[] {
  return [...new Set([...body.matchAll(/\bsite\.(data\.\w+|\w+)/g)].map((m) => `site.${m[1] ?? ''}`))].filter(
    (s) => !/^site\.(baseurl|url|author|title|description)$/.test(s),
  )
}

function firstHeading(body: string): string {
  const atx = /^#{1,3}\s+(.+?)\s*#*\s*$/m.exec(body)?.[1]
  const setext = /^([^\n{<][^\n]*)\n={3,}\s*$/m.exec(body)?.[1]
  return (atx ?? setext ?? '').replace(/[*_`]/g, '').trim()
}

function lastSegment(permalink: string): string {
  return (
    permalink
      .replace(/\.html$/, '')
      .split('/')
      .filter(Boolean)
      .at(-1) ?? ''
  )
}

/** "_pages/research-group.md" -> "Research group". */
function prettyName(file: string): string {
  const base = (file.split('/').at(-1) ?? file).replace(/\.[a-z]+$/i, '').replace(/^\d+[_-]/, '')
  const words = base.replace(/[-_]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** Academic Pages' menu (_data/navigation.yml, main: title and url), in its order. */
export function readNavigation(plan: Plan): void {
  const file = '_data/navigation.yml'
  const items = list(readYaml(join(plan.root, file)).main).filter(isRecord)
  if (items.length === 0) return
  items.forEach((i, n) => plan.oldMenu.push({ label: text(i.title), url: text(i.url), source: file, order: n }))
  plan.record(file, 'data/site.yml (the menu)', [
    `its items, in order: ${items.map((i) => `${text(i.title)} (${text(i.url)})`).join(', ')}`,
  ])
}
