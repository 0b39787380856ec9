import type { ReactNode } from 'react'
import { SiteHeader } from './SiteHeader'

/** What a page is to the site search; pages without one (lists, the CV, search itself) are not indexed. */
export type SearchKind = 'Page' | 'Paper' | 'Talk' | 'Post' | 'Project'

/**
 * Header (with the current section marked) and the main landmark every page shares. With `search`,
 * the main content is indexed by Pagefind (scripts/pipeline/index-search.ts) as that kind.
 */
export function PageShell({
  current,
  search,
  children,
}: {
  current?: string
  search?: SearchKind
  children: ReactNode
}) {
  return (
    <>
      <SiteHeader current={current} />
      <main
        id="main"
        className="mx-auto w-full max-w-3xl flex-1 px-5 py-10"
        {...(search
          ? {
              'data-pagefind-body': '',
              'data-pagefind-meta': `type:${search}`,
              'data-pagefind-filter': `type:${search}`,
            }
          : {})}
      >
        {children}
      </main>
    </>
  )
}
