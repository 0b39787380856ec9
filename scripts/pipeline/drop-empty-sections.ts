// Sections that appear only once the author adds an entry (the schema's `optional` types): while one is empty (or holds drafts only), its pages are removed from the export. Next needs them to exist
// (a dynamic route must export at least one page), and they render not-found when empty.
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { DOCUMENT_TYPES } from '../../lib/model/schema'
import { EMPTY_SECTION } from '../../lib/queries'
import { pageHasEntries, typeHasEntries } from '../../lib/site'

export function dropEmptySections(out: string): string {
  const dropped: string[] = []
  const drop = (path: string) => {
    const dir = join(out, ...path.split('/').filter(Boolean))
    if (existsSync(dir)) {
      rmSync(dir, { recursive: true })
      dropped.push(path)
    }
  }
  for (const page of new Set(DOCUMENT_TYPES.flatMap((t) => (t.page ? [t.page] : []))))
    if (!pageHasEntries(page)) drop(page)
  // A type with pages of their own and no section (free-form pages): its placeholder page.
  for (const type of DOCUMENT_TYPES)
    if (!type.page && type.route && !typeHasEntries(type)) drop(type.route(EMPTY_SECTION))
  return dropped.length > 0 ? `no entries yet, so no pages: ${dropped.join(', ')}` : 'every section has entries'
}
