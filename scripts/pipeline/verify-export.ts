// The build's invariant: every content file is exactly one document and exactly one rendered
// entry. Counts files under content/, documents Contentlayer generated and entries (elements
// with data-doc="<file>") on each type's page in out/; any difference fails the build.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fromHtml } from 'hast-util-from-html'
import { visit } from 'unist-util-visit'
import { allDocuments } from 'contentlayer/generated'
import { contentFiles } from '../../lib/model/check'
import { DOCUMENT_TYPES } from '../../lib/model/schema'
import { isPublished } from '../../lib/env'
import { pageHasEntries } from '../../lib/site'

export async function verifyExport(out: string): Promise<string> {
  const problems: string[] = []
  const entriesCache = new Map<string, string[]>()

  /** data-doc values on a page, in document order, with repeats. */
  const entriesOn = (route: string): string[] => {
    const cached = entriesCache.get(route)
    if (cached) return cached
    const file = join(out, ...route.split('/').filter(Boolean), 'index.html')
    const found: string[] = []
    if (!existsSync(file)) problems.push(`${file} is missing from the export`)
    else {
      visit(fromHtml(readFileSync(file, 'utf8')), 'element', (node) => {
        const doc = node.properties.dataDoc
        if (typeof doc === 'string') found.push(doc)
      })
    }
    entriesCache.set(route, found)
    return found
  }

  const files = await contentFiles('content')
  for (const { file, type } of files) if (!type) problems.push(`content/${file} matches no content type`)

  let total = 0
  let ownPages = 0
  let drafts = 0
  for (const type of DOCUMENT_TYPES) {
    const onDisk = files.filter((f) => f.type?.name === type.name).map((f) => f.file)
    const docs = allDocuments.filter((d) => d.type === type.name)
    const docFiles = docs.map((d) => d._raw.sourceFilePath)
    // A draft is a file and a document, but never part of a build: no entry, no page.
    const draftFiles = new Set(docs.filter((d) => !isPublished(d)).map((d) => d._raw.sourceFilePath))
    drafts += draftFiles.size
    const dir = join(out, ...type.page.split('/').filter(Boolean))
    total += onDisk.length
    for (const file of onDisk)
      if (!docFiles.includes(file)) problems.push(`content/${file}: no ${type.name} document was generated for it`)
    if (!pageHasEntries(type.page)) {
      // A section with nothing to show has no page at all (drop-empty-sections).
      if (existsSync(dir)) problems.push(`${type.page} has no entries, yet ${dir} is in the export`)
      continue
    }
    const entries = entriesOn(type.page).filter((doc) => doc.startsWith(`${type.folder}/`))
    for (const file of onDisk) {
      const n = entries.filter((e) => e === file).length
      const expected = draftFiles.has(file) ? 0 : 1
      if (n !== expected)
        problems.push(
          `content/${file}: rendered ${n} times on ${type.page}, expected ${expected === 1 ? 'exactly once' : 'never (a draft)'}`,
        )
    }
    for (const doc of new Set([...docFiles, ...entries])) {
      if (!onDisk.includes(doc))
        problems.push(`${type.page} or the generated data holds ${doc}, which is not a file in content/`)
    }
    if (type.route) {
      for (const doc of docs) {
        const url = type.route(doc.slug)
        if (draftFiles.has(doc._raw.sourceFilePath)) {
          if (existsSync(join(out, ...url.split('/').filter(Boolean))))
            problems.push(`content/${doc._raw.sourceFilePath} is a draft, yet its page ${url} is in the export`)
          continue
        }
        // Its own entry exactly once (a talk's page also lists the papers it presented).
        const own = entriesOn(url).filter((e) => e === doc._raw.sourceFilePath)
        if (own.length !== 1) {
          problems.push(`content/${doc._raw.sourceFilePath}: its page ${url} does not render it exactly once`)
        } else ownPages++
      }
    }
  }

  if (problems.length > 0)
    throw new Error(`Export check failed: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`)
  const shown = total - drafts
  return `Export check passed: ${total} content files = ${total} documents = ${shown} rendered entries${drafts > 0 ? ` and ${drafts} draft${drafts === 1 ? '' : 's'} left out` : ''}, plus ${ownPages} pages of their own`
}
