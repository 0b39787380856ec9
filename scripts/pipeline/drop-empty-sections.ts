// Sections that appear only once the author adds an entry (the schema's `optional` types): while one is empty (or holds drafts only), its pages are removed from the export. Next needs them to exist
// (a dynamic route must export at least one page), and they render not-found when empty.
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { allDocuments } from 'contentlayer/generated'
import { isPublished } from '../../lib/env'
import { DOCUMENT_TYPES, ownPage } from '../../lib/model/schema'
import { EMPTY_SECTION } from '../../lib/queries'
import { pageHasEntries } from '../../lib/site'

export function dropEmptySections(out: string): string {
  const dropped: string[] = []
  const drop = (path: string, report = true) => {
    const dir = join(out, ...path.split('/').filter(Boolean))
    if (existsSync(dir)) {
      rmSync(dir, { recursive: true })
      if (report) dropped.push(path)
    }
  }
  for (const page of new Set(DOCUMENT_TYPES.flatMap((t) => (t.page ? [t.page] : []))))
    if (!pageHasEntries(page)) drop(page)
  // A type none of whose documents has a page of its own yet (free-form pages, projects without a
  // body): its placeholder page, which is Next's artefact, not a section, so not reported.
  for (const type of DOCUMENT_TYPES)
    if (
      type.route &&
      !allDocuments.some((d) => d.type === type.name && isPublished(d) && ownPage(type, d.slug, d.body.raw))
    )
      drop(type.route(EMPTY_SECTION), false)
  return dropped.length > 0 ? `no entries yet, so no pages: ${dropped.join(', ')}` : 'every section has entries'
}
