// The search index: Pagefind (its binary ships in the npm package) reads the exported pages and
// writes its index and script to out/pagefind/, which only /search/ loads, and only once the
// visitor types. Pages opt in with data-pagefind-body (PageShell's `search` prop), so lists that
// repeat other pages, the CV and redirects stay out of the results.
import * as pagefind from 'pagefind'

export async function indexSearch(out: string): Promise<string> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' })
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
  try {
    const added = await index.addDirectory({ path: out })
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath: `${out}/pagefind` })
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
    return `Pagefind indexed ${added.page_count} pages into ${out}/pagefind/`
  } finally {
    await pagefind.close()
  }
}
