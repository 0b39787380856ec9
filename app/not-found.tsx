import { PageShell } from '@/components/PageShell'
import { SmartLink } from '@/components/SmartLink'
import { SEARCH_PAGE, site } from '@/lib/site'
import { LINK } from '@/components/link-style'

export const metadata = { title: 'Page not found' }

const field =
  'w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base text-zinc-950 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-50'

/**
 * The 404 page: what happened, a search of the whole site (a plain GET to the search page, which
 * runs the query it is given), and every section of the menu to go on from.
 */
export default function NotFound() {
  return (
    <PageShell>
      <h1 className="text-3xl font-bold tracking-tight text-zinc-950 dark:text-zinc-50">Page not found</h1>
      <p className="mt-4 text-zinc-700 dark:text-zinc-300">
        There is no page at this address: it may have moved, or the link may have a typo.
      </p>
      <form role="search" action={`${site.basePath}${SEARCH_PAGE.href}`} method="get" className="mt-8">
        <label htmlFor="missing-query" className="mb-2 block text-sm font-medium text-zinc-700 dark:text-zinc-300">
          Search the site
        </label>
        <div className="flex gap-2">
          <input id="missing-query" name="q" type="search" autoComplete="off" className={field} />
          <button
            type="submit"
            className="rounded-md border border-zinc-300 px-4 py-2 text-sm font-medium hover:border-accent hover:text-accent dark:border-zinc-700"
          >
            Search
          </button>
        </div>
      </form>
      <h2 className="mt-10 mb-3 text-lg font-semibold text-zinc-950 dark:text-zinc-50">Or go to</h2>
      <ul className="grid gap-2 sm:grid-cols-2" data-not-found-sections="">
        {site.nav.map((item) => (
          <li key={item.href}>
            <SmartLink
              href={item.href}
              className={`${LINK.quiet} block rounded-lg border border-zinc-200 px-4 py-3 font-medium no-underline dark:border-zinc-800`}
            >
              {item.label}
            </SmartLink>
          </li>
        ))}
      </ul>
    </PageShell>
  )
}
