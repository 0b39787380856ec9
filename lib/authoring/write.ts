// Content files as the author would write them: front matter in the schema's field order (so
// written files diff cleanly), authors one per line in flow style, empty lists left out, then the
// MDX body. The importer and the migration write through here.
import { Document, isMap, isSeq } from 'yaml'
import { DOCUMENT_TYPES } from '../model/schema'

/** Front matter in its type's field order (unknown keys last); undefined values and empty lists dropped. */
export function ordered(data: Record<string, unknown>, folder = 'publications'): Record<string, unknown> {
  const order = Object.keys(DOCUMENT_TYPES.find((t) => t.folder === folder)?.fields ?? {})
  const rank = (k: string) => order.indexOf(k) + 1 || 999
  const keys = Object.keys(data).sort((a, b) => rank(a) - rank(b))
  return Object.fromEntries(
    keys
      .filter((k) => data[k] !== undefined && !(Array.isArray(data[k]) && data[k].length === 0))
      .map((k) => [k, data[k]]),
  )
}

/** A content file's text: --- front matter --- and the body, as given. */
export function renderDocument(data: Record<string, unknown>, body: string, folder = 'publications'): string {
  const doc = new Document(ordered(data, folder))
  // One line per author, as hand-written files have them: - { name: Zhen Li, equal: true }
  const authors = doc.get('authors', true)
  if (isSeq(authors)) for (const item of authors.items) if (isMap(item)) item.flow = true
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${body}`
}
