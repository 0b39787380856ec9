// Old addresses that must keep working: each document's `redirectFrom` (an old permalink, e.g. from
// the Jekyll site it was migrated from) leads to the document's own page, or to its section's page
// for types without one; the profile's lead to the home page; data/site.yml's redirects (an old
// site's lists) lead where they say. Written into out/ after the export.
import { allDocuments } from 'contentlayer/generated'
import { DOCUMENT_TYPES, ownPage } from './model/schema'
import { isPublished } from './env'
import { settingsRedirects } from './site'

export interface Redirect {
  from: `/${string}`
  to: `/${string}`
}

export function redirects(): Redirect[] {
  return [...entryRedirects(), ...settingsRedirects]
}

/** Each entry's old addresses, to its page (a draft is never built, so nothing leads to it). */
function entryRedirects(): Redirect[] {
  return allDocuments
    .filter((doc) => isPublished(doc))
    .flatMap((doc) => {
      const type = DOCUMENT_TYPES.find((t) => t.name === doc.type)
      const to = ownPage(type, doc.slug, doc.body.raw) ?? type?.page
      if (!to?.startsWith('/')) return []
      return doc.redirectFrom.map((from) => ({ from: from as `/${string}`, to: to as `/${string}` }))
    })
}
