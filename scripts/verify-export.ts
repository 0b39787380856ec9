// The build's invariant: every content file is exactly one document and exactly one rendered
// entry. Counts files under content/, documents in .contentlayer/generated and entries
// (elements with data-doc="<file>") on each type's page in out/; any difference fails the build.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fromHtml } from 'hast-util-from-html'
import { visit } from 'unist-util-visit'
import { contentFiles } from '../lib/content-check'
import { DOCUMENT_TYPES } from '../lib/schema'

const OUT = 'out'
const problems: string[] = []

function pageFile(route: string): string {
  return join(OUT, ...route.split('/').filter(Boolean), 'index.html')
}

const entriesCache = new Map<string, string[]>()
/** data-doc values on a page, in document order, with repeats. */
function entriesOn(route: string): string[] {
  const cached = entriesCache.get(route)
  if (cached) return cached
  const file = pageFile(route)
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

function generated(typeName: string): string[] {
  const path = join('.contentlayer', 'generated', typeName, '_index.json')
  if (!existsSync(path)) return []
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'))
  const docs = Array.isArray(data) ? data : [data]
  return docs.map((d: { _raw: { sourceFilePath: string } }) => d._raw.sourceFilePath)
}

const files = await contentFiles('content')
for (const { file, type } of files) if (!type) problems.push(`content/${file} matches no content type`)

let total = 0
let paperPages = 0
for (const type of DOCUMENT_TYPES) {
  const onDisk = files.filter((f) => f.type?.name === type.name).map((f) => f.file)
  const docs = generated(type.name)
  const entries = entriesOn(type.page).filter((doc) => doc.startsWith(`${type.folder}/`))
  total += onDisk.length
  for (const file of onDisk) {
    if (!docs.includes(file)) problems.push(`content/${file}: no ${type.name} document was generated for it`)
    const n = entries.filter((e) => e === file).length
    if (n !== 1) problems.push(`content/${file}: rendered ${n} times on ${type.page}, expected exactly once`)
  }
  for (const doc of new Set([...docs, ...entries])) {
    if (!onDisk.includes(doc)) problems.push(`${type.page} or the generated data holds ${doc}, which is not a file in content/`)
  }
  if (type.name === 'Publication') {
    for (const file of onDisk) {
      const slug = file.slice(type.folder.length + 1).replace(/\.mdx$/, '')
      const own = entriesOn(`/publications/${slug}/`)
      if (own.length !== 1 || own[0] !== file) problems.push(`content/${file}: its page /publications/${slug}/ does not render it exactly once`)
      else paperPages++
    }
  }
}

if (problems.length > 0) {
  console.error(`Export check failed: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
console.log(`Export check passed: ${total} content files = ${total} documents = ${total} rendered entries, plus ${paperPages} paper pages`)
