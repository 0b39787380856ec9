// Sections that appear only once the author adds an entry (the schema's `optional` types): while one is empty (or holds drafts only), its pages are removed from the export. Next needs them to exist
// (a dynamic route must export at least one page), and they render not-found when empty.
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { DOCUMENT_TYPES } from '../../lib/model/schema'
import { pageHasEntries } from '../../lib/site'

export function dropEmptySections(out: string): string {
  const dropped: string[] = []
  for (const page of new Set(DOCUMENT_TYPES.map((t) => t.page))) {
    if (pageHasEntries(page)) continue
    const dir = join(out, ...page.split('/').filter(Boolean))
    if (existsSync(dir)) {
      rmSync(dir, { recursive: true })
      dropped.push(page)
    }
  }
  return dropped.length > 0 ? `no entries yet, so no pages: ${dropped.join(', ')}` : 'every section has entries'
}
