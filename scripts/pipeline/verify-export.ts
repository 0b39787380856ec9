// The build's invariant: every content file is exactly one document and exactly one rendered
// entry. Counts files under content/, documents Contentlayer generated and entries (elements
// with data-doc="<file>") on each type's page in out/; any difference fails the build.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fromHtml } from 'hast-util-from-html'
import { visit } from 'unist-util-visit'
import { allDocuments } from 'contentlayer/generated'
import { contentFiles } from '../../lib/model/check'
import { DOCUMENT_TYPES, ownPage, type DocumentType } from '../../lib/model/schema'
import { isPublished } from '../../lib/env'
import { EMPTY_SECTION } from '../../lib/queries'
import { pageHasEntries, typeHasEntries } from '../../lib/site'

/** Reads the data-doc values on a page of the export, in document order, with repeats; each page once. */
function pageReader(out: string, problems: string[]): (route: string) => string[] {
  const cache = new Map<string, string[]>()
  return (route) => {
    const cached = cache.get(route)
    if (cached) return cached
    const file = join(out, ...route.split('/').filter(Boolean), 'index.html')
    const found: string[] = []
    if (!existsSync(file)) problems.push(`${file} is missing from the export`)
    else
      visit(fromHtml(readFileSync(file, 'utf8')), 'element', (node) => {
        const doc = node.properties.dataDoc
        if (typeof doc === 'string') found.push(doc)
      })
    cache.set(route, found)
    return found
  }
}

const countOf = (items: string[]) => {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1)
  return counts
}

interface TypeCheck {
  type: DocumentType
  /** The type's files under content/. */
  onDisk: string[]
  out: string
  entriesOn: (route: string) => string[]
  problems: string[]
}

export async function verifyExport(out: string): Promise<string> {
  const problems: string[] = []
  const entriesOn = pageReader(out, problems)
  const files = await contentFiles('content')
  for (const { file, type } of files) if (!type) problems.push(`content/${file} matches no content type`)

  let total = 0
  let ownPages = 0
  let drafts = 0
  for (const type of DOCUMENT_TYPES) {
    const onDisk = files.filter((f) => f.type?.name === type.name).map((f) => f.file)
    const counted = checkType({ type, onDisk, out, entriesOn, problems })
    total += onDisk.length
    drafts += counted.drafts
    ownPages += counted.ownPages
  }

  if (problems.length > 0)
    throw new Error(`Export check failed: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`)
  const shown = total - drafts
  return `Export check passed: ${total} content files = ${total} documents = ${shown} rendered entries${drafts > 0 ? ` and ${drafts} draft${drafts === 1 ? '' : 's'} left out` : ''}, plus ${ownPages} pages of their own`
}

/** One type: a document per file, each entry once on the section's page (a draft never), each own page once (its only one, for free-form pages). */
function checkType({ type, onDisk, out, entriesOn, problems }: TypeCheck): { drafts: number; ownPages: number } {
  const docs = allDocuments.filter((d) => d.type === type.name)
  const docFiles = new Set(docs.map((d) => d._raw.sourceFilePath))
  // A draft is a file and a document, but never part of a build: no entry, no page.
  const draftFiles = new Set(docs.filter((d) => !isPublished(d)).map((d) => d._raw.sourceFilePath))
  for (const file of onDisk)
    if (!docFiles.has(file)) problems.push(`content/${file}: no ${type.name} document was generated for it`)
  // A section with nothing to show has no page at all; nor has a type of pages of their own its placeholder (drop-empty-sections).
  const empty = type.page ? !pageHasEntries(type.page) : !typeHasEntries(type)
  if (empty) {
    const page = type.page ?? type.route?.(EMPTY_SECTION)
    const dir = page && join(out, ...page.split('/').filter(Boolean))
    if (dir && existsSync(dir)) problems.push(`${page} has no entries, yet ${dir} is in the export`)
    return { drafts: draftFiles.size, ownPages: 0 }
  }
  const disk = new Set(onDisk)
  if (type.page) {
    const entries = entriesOn(type.page).filter((doc) => doc.startsWith(`${type.folder}/`))
    const times = countOf(entries)
    for (const file of onDisk) {
      const n = times.get(file) ?? 0
      const expected = draftFiles.has(file) ? 0 : 1
      if (n !== expected)
        problems.push(
          `content/${file}: rendered ${n} times on ${type.page}, expected ${expected === 1 ? 'exactly once' : 'never (a draft)'}`,
        )
    }
    for (const doc of new Set([...docFiles, ...entries]))
      if (!disk.has(doc))
        problems.push(`${type.page} or the generated data holds ${doc}, which is not a file in content/`)
  } else
    for (const doc of docFiles)
      if (!disk.has(doc)) problems.push(`the generated data holds ${doc}, which is not a file in content/`)
  let ownPages = 0
  if (type.route && !docs.some((d) => !draftFiles.has(d._raw.sourceFilePath) && ownPage(type, d.slug, d.body.raw))) {
    // No document of the type has a page of its own: nor has the route its placeholder (drop-empty-sections).
    const placeholder = type.route(EMPTY_SECTION)
    if (existsSync(join(out, ...placeholder.split('/').filter(Boolean))))
      problems.push(`${placeholder} is a placeholder page, yet it is in the export`)
  }
  for (const doc of type.route ? docs : []) {
    const file = doc._raw.sourceFilePath
    const url = ownPage(type, doc.slug, doc.body.raw)
    if (!url) {
      // A project without a body is a card on its section's page only: no page may be built for it.
      if (type.route && existsSync(join(out, ...type.route(doc.slug).split('/').filter(Boolean))))
        problems.push(`content/${file} has no body, yet ${type.route(doc.slug)} is in the export`)
      continue
    }
    if (draftFiles.has(file)) {
      if (existsSync(join(out, ...url.split('/').filter(Boolean))))
        problems.push(`content/${file} is a draft, yet its page ${url} is in the export`)
      continue
    }
    // Its own entry exactly once (a talk's page also lists the papers it presented).
    if (entriesOn(url).filter((e) => e === file).length !== 1)
      problems.push(`content/${file}: its page ${url} does not render it exactly once`)
    else ownPages++
  }
  return { drafts: draftFiles.size, ownPages }
}
