// What a migration produces before anything is written: the documents (front matter and MDX body,
// by content folder), the files to copy under public/, and the report that accounts for every
// source file. Readers of a Jekyll repository (./academic-pages.ts, ./al-folio.ts) fill a Plan;
// scripts/migrate.ts checks it and writes it.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { identities, normaliseTitle, slugFor, type Imported, type Owner } from '../importer'
import { slug as slugOf } from '../../model/slug'
import { contentFile } from '../../model/schema'
import { readJekyll, readNotes, readYamlFile } from './front-matter'
import { jekyllToMdx } from './markdown'
import { isTemplateSample } from './samples'

export { readJekyll }

export type Shape = 'academic-pages' | 'al-folio'

export interface PlannedDocument {
  /** Content folder, e.g. publications; the profile is profile (its file index.mdx). */
  folder: string
  slug: string
  data: Record<string, unknown>
  body: string
  /** Source files (relative to the old site) this document came from. */
  sources: string[]
}

export interface PlannedAsset {
  /** Relative to the old site. */
  from: string
  /** Site path, e.g. /files/paper.pdf. */
  to: string
}

export interface ReportEntry {
  /** A source file (relative to the old site), or a file and an entry in it. */
  source: string
  outcome: string
  notes: string[]
}

/** Jekyll's own folders and files: the old theme, not content. Listed in the report as one line each. */
export const THEME_PATHS = [
  '_layouts',
  '_includes',
  '_sass',
  '_plugins',
  '_site',
  'assets/css',
  'assets/js',
  'assets/fonts',
  'assets/webfonts',
  'assets/libs',
  'node_modules',
  'vendor',
  '.git',
  '.github',
  '.jekyll-cache',
  '.sass-cache',
  'bin',
  'lib',
  'spec',
  'test',
  'scripts',
]

/** An item of the old site's menu, in its order: its words and the address it linked to. */
export interface OldMenuItem {
  label: string
  url: string
  /** The source the item was read from, for the report. */
  source: string
  /** Its place: al-folio's nav_order, the item's index in navigation.yml. */
  order: number
}

export class Plan {
  readonly documents: PlannedDocument[] = []
  readonly assets: PlannedAsset[] = []
  readonly report: ReportEntry[] = []
  /** The old site's menu, in order (Academic Pages' _data/navigation.yml, al-folio's nav: true pages). */
  readonly oldMenu: OldMenuItem[] = []
  /** Old addresses that are no entry's (the theme's lists, their pages), each to the section that replaces it. */
  readonly listRedirects: { from: `/${string}`; to: `/${string}`; source: string }[] = []
  /** Old addresses nothing here replaces (a sample page, a list of data with no section), with why: the report names them. */
  readonly lostAddresses: { path: string; why: string }[] = []
  /** The old site's language (_config.yml's locale or lang). */
  locale: string | undefined
  /** Source files the plan has accounted for (a line in the report). */
  private readonly seen = new Set<string>()

  constructor(
    readonly root: string,
    readonly shape: Shape,
    readonly owner: Owner,
    readonly siteUrls: string[],
  ) {}

  add(doc: PlannedDocument): PlannedDocument {
    this.documents.push(doc)
    return doc
  }

  /**
   * Whether an entry is one of the template's own samples (lib/authoring/migrate/samples.ts):
   * then it is reported as such and the caller leaves it out.
   */
  skipSample(source: string, title: unknown): boolean {
    if (typeof title !== 'string' || !isTemplateSample(this.shape, title)) return false
    // al-folio as its own author has it: its owner is Albert Einstein, whose samples are his.
    if (this.shape === 'al-folio' && /\bEinstein\b/.test(this.owner.name)) return false
    this.record(source, 'skipped: template sample', [
      `"${title}" is the template's own sample entry, not the owner's; delete it from the old site`,
    ])
    return true
  }

  /**
   * Reads one source (a file, a row) so that whatever goes wrong in it stays in it: the error is
   * that source's line in the report, and the rest of the site is still read.
   */
  guard(source: string, read: () => void): void {
    try {
      read()
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]
      this.record(source, 'not migrated', [
        `it could not be read (${reason}); the rest of the site was migrated: copy what it holds by hand`,
      ])
    }
  }

  record(source: string, outcome: string, notes: string[] = []): void {
    const file = source.split(' ')[0] ?? source
    // How the file's front matter was read (duplicate keys, Psych-only shapes), said once, first.
    const read = this.seen.has(file) ? [] : readNotes(join(this.root, file))
    this.seen.add(file)
    this.report.push({ source, outcome, notes: [...read, ...notes] })
  }

  /** Copies a file or folder of the old site to a site path (each file once, reported). */
  copy(from: string, to: string): void {
    const abs = join(this.root, from)
    if (!existsSync(abs)) return
    if (statSync(abs).isDirectory()) {
      for (const name of readdirSync(abs)) if (!name.startsWith('.')) this.copy(`${from}/${name}`, `${to}/${name}`)
      return
    }
    if (this.assets.some((a) => a.from === from)) return
    this.assets.push({ from, to })
    this.record(from, `copied to public${to}`)
  }

  /** The last step of reading a site: its file folders copied (old folder -> site path, in order), then the rest accounted for. */
  finish(copies: readonly [from: string, to: string][]): Plan {
    for (const [from, to] of copies) this.copy(from, to)
    this.accountForTheRest()
    return this
  }

  /** Every file of the old site not yet in the report: theme folders summarised, anything else named. */
  accountForTheRest(): void {
    const theme = new Map<string, number>()
    for (const file of listFiles(this.root)) {
      if (this.seen.has(file)) continue
      const top = THEME_PATHS.find((p) => file === p || file.startsWith(`${p}/`))
      if (top) theme.set(top, (theme.get(top) ?? 0) + 1)
      else this.record(file, 'not migrated', [whyNot(file)])
    }
    for (const [folder, n] of theme)
      this.record(`${folder}/`, `not migrated: ${n} file${n === 1 ? '' : 's'} of the old theme or its tooling`)
  }

  documentsIn(folder: string): PlannedDocument[] {
    return this.documents.filter((d) => d.folder === folder)
  }

  /**
   * A paper, unless it is one already planned (same arXiv id, DOI, OpenReview id or title): then
   * it fills the fields the first one lacks, and the report says where it went.
   */
  addPaper(entry: Imported, source: string, body = '', redirectFrom: string[] = []): void {
    if (this.skipSample(source, entry.data.title)) return
    const papers = this.documentsIn('publications')
    const ids = identities(entry.data)
    const idsOf = (p: PlannedDocument) =>
      identities({ title: String(p.data.title), links: isRecord(p.data.links) ? p.data.links : {} })
    // The same work: an identifier in common, or the same title in the same year and venue (a
    // journal paper and the poster before it may share a title; they stay two, and are said to).
    const venueOf = (d: { venue?: unknown }) => (isRecord(d.venue) ? normaliseTitle(String(d.venue.name)) : '')
    const sameWhere = (p: PlannedDocument) =>
      p.data.year === entry.data.year &&
      (!venueOf(p.data) || !venueOf(entry.data) || venueOf(p.data) === venueOf(entry.data))
    const twin = papers.find((p) =>
      idsOf(p).some((id) => ids.includes(id) && (!id.startsWith('title:') || sameWhere(p))),
    )
    const notes = [...(entry.ownerAs ? [`the owner appears as "${entry.ownerAs}"`] : []), ...(entry.notes ?? [])]
    const namesake = twin ? undefined : papers.find((p) => idsOf(p)[0] === ids[0])
    if (namesake)
      notes.unshift(
        `similar title: content/${contentFile('publications', namesake.slug)} has the same title in ${String(namesake.data.year)}${venueOf(namesake.data) ? ` (${String((namesake.data.venue as Record<string, unknown>).name)})` : ''}; both kept, as the year or venue differs: merge them by hand if they are one work`,
      )
    if (twin) {
      // The first source (the page the old site showed) wins; the other only fills gaps.
      const filled: string[] = []
      for (const [k, v] of Object.entries(entry.data)) {
        if (k === 'links' && isRecord(v)) {
          const links = isRecord(twin.data.links) ? twin.data.links : {}
          for (const [key, href] of Object.entries(v))
            if (links[key] === undefined) {
              links[key] = href
              filled.push(`links.${key}`)
            }
          twin.data.links = links
        } else if (twin.data[k] === undefined) {
          twin.data[k] = v
          filled.push(k)
        }
      }
      if (filled.length > 0) notes.unshift(`it added ${filled.join(', ')}`)
      twin.data.redirectFrom = unique([...list(twin.data.redirectFrom), ...redirectFrom])
      if (body.trim() && !twin.body.trim()) twin.body = body
      twin.sources.push(source)
      this.record(source, `merged into content/${contentFile('publications', twin.slug)} (the same paper)`, notes)
      return
    }
    const taken = new Set(papers.map((p) => p.slug))
    const asked = entry.slug ? slugOf(entry.slug) : ''
    const slug = asked && !taken.has(asked) ? asked : slugFor(entry.data, taken)
    const data: Record<string, unknown> = { ...entry.data }
    if (redirectFrom.length > 0) data.redirectFrom = unique(redirectFrom)
    this.add({ folder: 'publications', slug, data, body, sources: [source] })
    this.record(source, `content/${contentFile('publications', slug)}`, notes)
  }

  /**
   * The profile's photo from an avatar setting: a file of the old site (also written as its full
   * URL) at its place here; a picture on another site is left out and said (pages never load from
   * another origin).
   */
  photo(value: string, picturePath: (path: string) => string, notes: string[]): string | undefined {
    const own = this.siteUrls.map((u) => u.replace(/\/+$/, '')).find((u) => u && value.startsWith(`${u}/`))
    const path = own ? value.slice(own.length) : value.trim()
    if (/^(https?:)?\/\//i.test(path)) {
      notes.push(
        `the avatar ${value} is on another site (pages never load from another origin): save it under public/images/ and set photo`,
      )
      return undefined
    }
    return picturePath(path)
  }

  /** A Markdown body as MDX, its notes added to `notes`. */
  mdx(body: string, notes: string[], picturePath: (path: string) => string): string {
    return jekyllToMdx(body, { siteUrls: this.siteUrls, picturePath, note: (m) => notes.push(m) })
  }

  /** A free slug for a document of a folder. */
  freeSlug(folder: string, wanted: string): string {
    const taken = new Set(this.documentsIn(folder).map((d) => d.slug))
    const base = slugOf(wanted) || folder
    let candidate = base
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`
    return candidate
  }
}

function whyNot(file: string): string {
  if (file === '_data/cv.yml' || file === 'assets/json/resume.json')
    return "the old CV's data: this site builds its CV from experience, teaching and award entries; move what it holds by hand"
  if (/^_pages\//.test(file))
    return 'a free-form page: this site builds its pages from content; copy what matters into an entry'
  if (/^_data\//.test(file)) return 'site data of the old theme (navigation, translations, …)'
  if (
    /^(Gemfile|Gemfile\.lock|package(-lock)?\.json|Dockerfile|docker-compose\.ya?ml|Rakefile|\.?[a-z]*rc)$/i.test(file)
  )
    return 'build tooling of the old site'
  if (
    /^(README|LICENSE|CONTRIBUTING|CHANGELOG|CODE_OF_CONDUCT|INSTALL|CUSTOMIZE|FAQ)/i.test(file.split('/').at(-1) ?? '')
  )
    return "the old template's documentation"
  if (/\.(html|liquid|xml|scss|css|js|rb|py|ipynb|sh)$/.test(file)) return 'code or a template of the old site'
  return 'no place for it in this site'
}

/** Front matter that only drives the old theme's layout: left behind without a word. */
const LAYOUT_FIELDS = new Set([
  'layout',
  'collection',
  'author_profile',
  'share',
  'comments',
  'related',
  'related_posts',
  'read_time',
  'toc',
  'toc_label',
  'toc_icon',
  'toc_sticky',
  'sidebar',
  'classes',
  'header',
  'giscus_comments',
  'disqus_comments',
  'featured',
  'pretty_table',
  'nav',
  'nav_order',
])

/** A note for each front matter field the migration did not read (layout switches aside). */
export function unreadFields(data: Record<string, unknown>, read: string[], notes: string[]): void {
  for (const key of Object.keys(data))
    if (!read.includes(key) && !LAYOUT_FIELDS.has(key) && text(data[key]) !== '')
      notes.push(`${key}: "${text(data[key]).slice(0, 60)}" not carried (the entry has no such field)`)
}

/** Every file under a folder, relative, with / separators, dot folders (.git) included. */
export function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort()
}

/** A YAML data file of the old site (_config.yml, _data/*.yml), read as Jekyll reads it; {} when there is none. */
export function readYaml(path: string): Record<string, unknown> {
  return existsSync(path) ? readYamlFile(path).data : {}
}

/** Markdown files of a Jekyll collection folder (_publications, _talks, …), sorted. */
export function collection(root: string, folder: string): string[] {
  const dir = join(root, folder)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((n) => /\.(md|markdown|html)$/i.test(n) && !n.startsWith('.'))
    .sort()
    .map((n) => `${folder}/${n}`)
}

/** The old site's address (_config.yml's url + baseurl), and it under http and https: links to it become site paths. */
export function siteAddress(config: Record<string, unknown>): { url: string; siteUrls: string[] } {
  const url = `${text(config.url)}${text(config.baseurl)}`.replace(/\/+$/, '')
  return { url, siteUrls: url ? [url, url.replace(/^https:/, 'http:'), url.replace(/^http:/, 'https:')] : [] }
}

/** A language as a BCP 47 tag (en-US), or undefined when it is none. */
export function languageTag(value: string): string | undefined {
  if (!value) return undefined
  try {
    return Intl.getCanonicalLocales(value.replace('_', '-'))[0]
  } catch {
    return undefined
  }
}

/** A front matter value as text ('' for none). */
export function text(v: unknown): string {
  if (typeof v === 'string') return v.trim()
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  return ''
}

export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null || v === '' ? [] : [v]
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

export function unique<T>(items: T[]): T[] {
  return [...new Set(items)]
}

/** HTML to plain text, for one-line fields (al-folio's subtitle, a news title). */
export function plainHtml(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/p>/gi, ', ')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s*,\s*(,\s*)+/g, ', ')
    .replace(/\s+/g, ' ')
    .replace(/^[,\s]+|[,\s]+$/g, '')
}

/** A Jekyll date (2012-03-01, 2015-10-22 15:59:00-0400, a YAML date) as YYYY-MM-DD. */
export function isoDay(v: unknown): string | undefined {
  const t = text(v)
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(t)
  if (!m) return undefined
  return `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`
}

/** The old address of a collection document: its permalink, else the collection's pattern. */
export function oldAddress(data: Record<string, unknown>, pattern: string, parts: Record<string, string>): string[] {
  const permalink = text(data.permalink)
  const main = permalink || pattern.replace(/:([a-z_]+)/g, (whole, key: string) => parts[key] ?? whole)
  const from = list(data.redirect_from).map(text).filter(Boolean)
  return unique([main, ...from].map((p) => (p.startsWith('/') ? p : `/${p}`)).filter((p) => !p.includes(':')))
}
