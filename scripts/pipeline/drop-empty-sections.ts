// Sections that appear only once the author adds an entry (the schema's `optional` types: talks,
// news, posts): while one is empty (or holds drafts only), its pages are removed from the export. Next needs them to exist
// (a dynamic route must export at least one page), and they render not-found when empty.
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { allDocuments } from 'contentlayer/generated'
import { DOCUMENT_TYPES } from '../../lib/model/schema'
import { isPublished } from '../../lib/env'

export function dropEmptySections(out: string): string {
  const dropped: string[] = []
  for (const type of DOCUMENT_TYPES) {
    if (!type.optional || allDocuments.some((d) => d.type === type.name && isPublished(d))) continue
    const dir = join(out, ...type.page.split('/').filter(Boolean))
    if (existsSync(dir)) {
      rmSync(dir, { recursive: true })
      dropped.push(type.page)
    }
  }
  return dropped.length > 0 ? `no entries yet, so no pages: ${dropped.join(', ')}` : 'every section has entries'
}
