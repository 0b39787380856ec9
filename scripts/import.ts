// npm run import -- <file.bib|publications.tsv|resume.json> [--dry-run] [--content DIR] [--public DIR]
// npm run import -- arXiv:2505.11574 doi:10.18653/v1/… openreview:xdVLvWZcUe … (or their URLs)
// Adds new papers to content/publications/, updates the ones already there (matched by arXiv id,
// DOI, OpenReview id or title; the MDX body is kept), and reports every entry it does not import.
// Identifiers are looked up on arXiv, Crossref and OpenReview (base URLs from the environment:
// scripts/shared/http.ts); files are written only once all pass the content check, each atomically.
import * as fs from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import matter from 'gray-matter'
import { checkContent, formatProblem, YAML_ENGINE } from '../lib/model/check'
import {
  identities,
  merge,
  parseAcademicPagesTsv,
  parseBibtex,
  slugFor,
  type Imported,
  type Owner,
  type Parsed,
} from '../lib/authoring/importer'
import { slug } from '../lib/model/slug'
import { ordered, renderDocument } from '../lib/authoring/write'
import {
  fromArxiv,
  fromCrossref,
  fromOpenReview,
  identifierLabel,
  parseIdentifier,
  parseProfile,
  profileLabel,
  worksFromDblp,
  worksFromOpenAlex,
  worksFromOrcid,
  worksFromSemanticScholar,
  type Identifier,
  type ListedWork,
  type Profile,
} from '../lib/authoring/identifiers'
import { apiBase, httpClient, HttpError } from './shared/http'
import { importResume } from './shared/import-resume'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    from: { type: 'string', multiple: true, default: [] },
    sync: { type: 'boolean', default: false },
    content: { type: 'string', default: 'content' },
    public: { type: 'string', default: 'public' },
  },
})
if (positionals.length === 0 && values.from.length === 0 && !values.sync) {
  console.error(
    'usage: npm run import -- <file.bib | publications.tsv | resume.json> [--dry-run]\n       npm run import -- arXiv:<id> doi:<doi> openreview:<id> … [--dry-run]\n       npm run import -- --from orcid:<id> | dblp:<pid> | openalex:<id> | semanticscholar:<id> [--dry-run]\n       npm run sync [-- --dry-run]   (the profiles among the identity links in content/profile/index.mdx)',
  )
  process.exit(2)
}
const dryRun = values['dry-run']
const contentDir = values.content

// A JSON Resume: its positions, degrees, awards and volunteer work, not papers.
const only = positionals.length === 1 ? positionals[0] : undefined
if (only && /\.json$/i.test(only) && fs.existsSync(only))
  process.exit(await importResume(only, { contentDir, publicDir: values.public, dryRun }))
const pubDir = join(contentDir, 'publications')

const read = (file: string) => matter(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), YAML_ENGINE)

const profile = read(join(contentDir, 'profile', 'index.mdx')).data
const owner: Owner = {
  name: String(profile.name),
  nameVariants: Array.isArray(profile.nameVariants) ? profile.nameVariants.map(String) : [],
}

interface Paper {
  slug: string
  data: Record<string, unknown>
  body: string
  text: string
}
const papers = new Map<string, Paper>()
const byIdentity = new Map<string, string>()
const remember = (p: Paper) => {
  papers.set(p.slug, p)
  const d = p.data
  const links = typeof d.links === 'object' && d.links !== null ? d.links : {}
  for (const id of identities({ title: String(d.title ?? ''), links })) byIdentity.set(id, p.slug)
}
for (const name of fs.readdirSync(pubDir).filter((n) => n.endsWith('.mdx'))) {
  const text = fs.readFileSync(join(pubDir, name), 'utf8')
  const { data, content } = read(join(pubDir, name))
  remember({ slug: name.replace(/\.mdx$/, ''), data, body: content, text })
}

const identifiers = positionals.map(parseIdentifier)
/** What a profile listed that is not imported now: already on the site, or no identifier to import it by. */
const listed: Outcome[] = []
let parsed: Parsed[]
if (values.from.length > 0 || values.sync) {
  parsed = await lookUp(await fromProfiles())
} else if (identifiers.every((i): i is Identifier => i !== undefined)) {
  parsed = await lookUp(identifiers)
} else if (positionals.length === 1 && positionals[0] && fs.existsSync(positionals[0])) {
  parsed = readFileEntries(positionals[0])
} else {
  const bad = positionals.filter((p, i) => identifiers[i] === undefined)
  console.error(
    `${bad.join(', ')}: not an identifier (arXiv:2505.11574, doi:10.…, openreview:<id>, or their URLs) nor a .bib or .tsv file`,
  )
  process.exit(2)
}

function readFileEntries(input: string): Parsed[] {
  const source = fs.readFileSync(input, 'utf8')
  const ext = extname(input).toLowerCase()
  try {
    if (ext === '.bib' || ext === '.bibtex') return parseBibtex(source, owner)
    if (ext === '.tsv') return parseAcademicPagesTsv(source, owner)
  } catch (error) {
    console.error(`${input}: could not be parsed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
  console.error(`${input}: not a .bib or .tsv file`)
  process.exit(2)
}

/** The profiles named by --from, or (--sync) among the profile's identity links. */
function profilesToRead(): Profile[] {
  const named = values.from.map((text) => {
    const p = parseProfile(text)
    if (!p) {
      console.error(`${text}: not a profile (orcid:<id>, dblp:<pid>, openalex:<id>, semanticscholar:<id>, or its URL)`)
      process.exit(2)
    }
    return p
  })
  if (!values.sync) return named
  const linked = (Array.isArray(profile.links) ? profile.links : []).flatMap((l: unknown) => {
    const p = parseProfile(typeof l === 'object' && l !== null && 'url' in l ? String(l.url) : '')
    return p ? [p] : []
  })
  if (linked.length === 0) {
    console.error(
      'content/profile/index.mdx: no ORCID, DBLP, OpenAlex or Semantic Scholar profile among its links; add one (e.g. - { kind: orcid, url: https://orcid.org/0000-… }) or use --from',
    )
    process.exit(2)
  }
  return [...named, ...linked]
}

/** The works the profiles list that the site lacks, by the identifier to import each by (a DOI before an arXiv id). */
async function fromProfiles(): Promise<Identifier[]> {
  const http = client()
  const wanted = new Map<string, Identifier>()
  for (const p of profilesToRead()) {
    let works: ListedWork[]
    try {
      if (p.kind === 'orcid') works = worksFromOrcid(await http.getJson(`${apiBase('orcid')}/v3.0/${p.id}/works`))
      else if (p.kind === 'dblp')
        works = worksFromDblp(await http.getText(`${apiBase('dblp')}/pid/${p.id}.xml`, 'application/xml'))
      else if (p.kind === 'openalex')
        works = worksFromOpenAlex(
          await http.getJson(`${apiBase('openalex')}/works?filter=author.id:${p.id}&per-page=200`),
        )
      else
        works = worksFromSemanticScholar(
          await http.getJson(
            `${apiBase('semanticscholar')}/graph/v1/author/${p.id}/papers?fields=title,externalIds&limit=1000`,
          ),
        )
    } catch (error) {
      listed.push({
        source: profileLabel(p),
        action: 'not imported',
        detail: `the profile could not be read: ${error instanceof Error ? error.message : String(error)}`,
      })
      continue
    }
    for (const work of works) {
      const source = `${profileLabel(p)}: "${work.title}"`
      const onSite = [
        ...work.ids.map((i) => `${i.kind}:${i.kind === 'doi' ? i.id.toLowerCase() : i.id}`),
        ...identities({ title: work.title }),
      ]
        .map((id) => byIdentity.get(id))
        .find((slug) => slug !== undefined)
      if (onSite) listed.push({ source, action: 'already on the site', slug: onSite })
      else if (work.ids.length === 0)
        listed.push({ source, action: 'not imported', detail: 'the profile gives no DOI or arXiv id; add it by hand' })
      else {
        const id = work.ids.find((i) => i.kind === 'doi') ?? work.ids[0]
        if (id) wanted.set(identifierLabel(id).toLowerCase(), id)
      }
    }
  }
  return [...wanted.values()]
}

function client() {
  const email = (Array.isArray(profile.links) ? profile.links : [])
    .map((l: unknown) => (typeof l === 'object' && l !== null && 'url' in l ? String(l.url) : ''))
    .find((u: string) => u.startsWith('mailto:'))
    ?.slice('mailto:'.length)
  // Crossref and OpenAlex ask for a contact address in the User-Agent ("polite pool").
  return httpClient({
    userAgent: `academic-homepage-import/1.0 (${typeof profile.siteUrl === 'string' ? `${profile.siteUrl}; ` : ''}${email ? `mailto:${email}` : 'no contact address in the profile'})`,
    timeoutMs: Number(process.env.IMPORT_TIMEOUT_MS) || 20_000,
    backoffMs: Number(process.env.IMPORT_BACKOFF_MS) || 1000,
  })
}

/** Each identifier's record from its service, one request at a time (the services ask for that). */
async function lookUp(ids: Identifier[]): Promise<Parsed[]> {
  const http = client()
  const out: Parsed[] = []
  for (const id of ids) {
    try {
      if (id.kind === 'arxiv') {
        const body = await http.getText(
          `${apiBase('arxiv')}/api/query?id_list=${encodeURIComponent(id.id)}`,
          'application/atom+xml',
        )
        out.push(fromArxiv(body, id.id, owner))
      } else if (id.kind === 'doi') {
        out.push(
          fromCrossref(await http.getJson(`${apiBase('crossref')}/works/${encodeURIComponent(id.id)}`), id.id, owner),
        )
      } else {
        out.push(
          fromOpenReview(
            await http.getJson(`${apiBase('openreview')}/notes?id=${encodeURIComponent(id.id)}`),
            id.id,
            owner,
          ),
        )
      }
    } catch (error) {
      const message =
        error instanceof HttpError && error.status === 404
          ? 'not found'
          : error instanceof Error
            ? error.message
            : String(error)
      out.push({ source: identifierLabel(id), error: `could not be fetched: ${message}` })
    }
  }
  return out
}

/** What an entry's outcome line adds: the owner's spelling, and every field not carried over. */
function details(entry: Imported): string | undefined {
  const parts = [...(entry.ownerAs ? [`owner as "${entry.ownerAs}"`] : []), ...(entry.notes ?? [])]
  return parts.length > 0 ? parts.join('; ') : undefined
}

type Outcome = {
  source: string
  action: 'added' | 'updated' | 'unchanged' | 'already on the site' | 'not imported'
  slug?: string
  detail?: string
}
const outcomes: Outcome[] = [...listed]
const changed = new Map<string, string>() // slug -> new file text
const taken = new Set(papers.keys())

for (const entry of parsed) {
  if ('error' in entry) {
    outcomes.push({ source: entry.source, action: 'not imported', detail: entry.error })
    continue
  }
  const match = identities(entry.data)
    .map((id) => byIdentity.get(id))
    .find((slug) => slug !== undefined)
  if (match) {
    const paper = papers.get(match)
    if (!paper) continue
    const merged = merge(paper.data, entry.data)
    const text = renderDocument(merged, paper.body)
    const same = JSON.stringify(ordered(merged)) === JSON.stringify(ordered(paper.data))
    if (same) outcomes.push({ source: entry.source, action: 'unchanged', slug: match, detail: details(entry) })
    else {
      const fields = Object.keys(merged).filter((k) => JSON.stringify(merged[k]) !== JSON.stringify(paper.data[k]))
      const more = details(entry)
      outcomes.push({
        source: entry.source,
        action: 'updated',
        slug: match,
        detail: `${fields.join(', ')}${more ? `; ${more}` : ''}`,
      })
      changed.set(match, text)
      remember({ ...paper, data: merged, text })
    }
  } else {
    // The slug the source asks for (Academic Pages' url_slug), when it is a valid one and free.
    const asked = entry.slug ? slug(entry.slug) : undefined
    const slugName = asked && !taken.has(asked) ? asked : slugFor(entry.data, taken)
    taken.add(slugName)
    const data = ordered({ ...entry.data })
    const text = renderDocument(data, '')
    outcomes.push({ source: entry.source, action: 'added', slug: slugName, detail: details(entry) })
    changed.set(slugName, text)
    remember({ slug: slugName, data, body: '', text })
  }
}

// Files a paper names by a bare name (al-folio's pdf = {paper.pdf}, preview = {fig.gif}) became site
// paths; those not under public/ yet are copied from beside the imported file, where al-folio keeps them.
const copies = new Map<string, string>() // site path -> source file
const input = positionals[0] && fs.existsSync(positionals[0]) ? dirname(resolve(positionals[0])) : undefined
for (const text of input ? changed.values() : []) {
  for (const [, path] of text.matchAll(/^\s*(?:pdf|slides|poster|thumbnail): (\/(?:files|images)\/\S+)$/gm)) {
    if (!path || fs.existsSync(join(values.public, path)) || copies.has(path)) continue
    const name = basename(path)
    const found = ['.', '../assets/pdf', '../files', '../assets/img/publication_preview', '../assets/img', '../images']
      .map((dir) => join(input ?? '.', dir, name))
      .find((f) => fs.existsSync(f))
    if (found) copies.set(path, found)
  }
}

// Everything written must pass the content check: stage the changes on a copy and check it.
const stage = fs.mkdtempSync(join(tmpdir(), 'import-'))
try {
  fs.cpSync(contentDir, join(stage, 'content'), { recursive: true })
  for (const [slug, text] of changed) fs.writeFileSync(join(stage, 'content', 'publications', `${slug}.mdx`), text)
  if (fs.existsSync(values.public)) fs.cpSync(values.public, join(stage, 'public'), { recursive: true })
  for (const [path, from] of copies) {
    fs.mkdirSync(dirname(join(stage, 'public', path)), { recursive: true })
    fs.cpSync(from, join(stage, 'public', path))
  }
  const problems = await checkContent({ contentDir: join(stage, 'content'), publicDir: join(stage, 'public') })
  for (const o of outcomes) {
    const mine = problems.filter((p) => p.file === `publications/${o.slug}.mdx`)
    if (o.slug && changed.has(o.slug) && mine.length > 0) {
      changed.delete(o.slug)
      o.detail = `it would not pass the content check: ${mine.map(formatProblem).join('; ')}`
      o.action = 'not imported'
    }
  }
} finally {
  fs.rmSync(stage, { recursive: true, force: true })
}

// Each file is written whole or not at all: to a temporary name, then renamed over the old one.
for (const [path, from] of copies) {
  // Only the files of papers that are written.
  if (![...changed.values()].some((text) => text.includes(path))) continue
  const to = join(values.public, path)
  console.log(`${from}: ${dryRun ? 'would be copied' : 'copied'} to ${to}`)
  if (dryRun) continue
  fs.mkdirSync(dirname(to), { recursive: true })
  fs.cpSync(from, join(dirname(to), `.${basename(to)}.importing`))
  fs.renameSync(join(dirname(to), `.${basename(to)}.importing`), to)
}
if (!dryRun) {
  for (const [slug, text] of changed) {
    // A dot name: a half-written file left by a kill is not content (the check skips dot files).
    const temporary = join(pubDir, `.${slug}.mdx.importing`)
    fs.writeFileSync(temporary, text)
    fs.renameSync(temporary, join(pubDir, `${slug}.mdx`))
  }
}

const verb = (o: Outcome) =>
  dryRun && (o.action === 'added' || o.action === 'updated') ? `would be ${o.action}` : o.action
for (const o of outcomes) {
  // A file is named only where one was (or would be) written or already holds the entry.
  const where = o.slug && o.action !== 'not imported' ? ` ${join(pubDir, `${o.slug}.mdx`)}` : ''
  console.log(`${o.source}: ${verb(o)}${where}${o.detail ? ` (${o.detail})` : ''}`)
}
const count = (a: Outcome['action']) => outcomes.filter((o) => o.action === a).length
console.log(
  `${dryRun ? '[dry run, nothing written] ' : ''}${outcomes.length} entries: ${count('added')} added, ${count('updated')} updated, ${count('unchanged')} unchanged, ${listed.length > 0 ? `${count('already on the site')} already on the site, ` : ''}${count('not imported')} not imported`,
)
process.exit(count('not imported') > 0 ? 1 : 0)
