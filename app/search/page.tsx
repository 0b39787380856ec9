import { PageHeader } from '@/components/PageHeader'
import { PageShell } from '@/components/PageShell'
import { SmartLink } from '@/components/SmartLink'
import { LINK } from '@/components/link-style'
import { pageMetadata } from '@/lib/metadata'
import { site } from '@/lib/site'
import { posts, publications, talks } from '@/lib/queries'

/** What the search finds, as the site holds it: a kind only once it has an entry. */
const kinds = [
  publications().length > 0 && 'papers',
  talks().length > 0 && 'talks',
  posts().length > 0 && 'posts',
  'pages',
].filter((k): k is string => Boolean(k))
const listed = (words: string[]) =>
  words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? '')

/** The page's line: "Papers (by title, co-author or abstract), talks, posts and pages." */
const searched =
  `${listed(kinds.map((k) => (k === 'papers' ? 'papers (by title, co-author or abstract)' : k)))}.`.replace(/^./, (c) =>
    c.toUpperCase(),
  )

export const metadata = pageMetadata({
  title: 'Search',
  description: `Search ${site.title}'s ${listed(kinds)}.`,
  path: '/search/',
})

/** The lists a visitor can browse instead: every section in the navigation but the home page and the CV. */
const lists = site.sections.filter((item) => item.href !== '/' && item.href !== '/cv/')

export default function SearchPage() {
  return (
    <PageShell current="/search/">
      <PageHeader title="Search">
        <p data-search-kinds="">{searched}</p>
      </PageHeader>
      <form
        role="search"
        action={`${site.basePath}/search/`}
        method="get"
        data-search={`${site.basePath}/`}
        data-script={`${site.basePath}/search.js`}
        data-js-only=""
      >
        <label htmlFor="search-query" className="mb-2 block text-sm font-medium text-zinc-700 dark:text-zinc-300">
          Search the site
        </label>
        <input
          id="search-query"
          name="q"
          type="search"
          autoComplete="off"
          spellCheck={false}
          className="w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base text-zinc-950 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-50"
        />
      </form>
      <p data-search-status="" role="status" className="mt-4 text-sm text-zinc-600 dark:text-zinc-400" />
      <ol data-search-results="" className="mt-4 space-y-6" />
      <noscript>
        <p className="rounded-md border border-zinc-300 p-4 dark:border-zinc-700">
          Search runs in your browser and needs JavaScript. Everything is also on its list:{' '}
          {lists.map((item, i) => (
            <span key={item.href}>
              {i > 0 && ', '}
              <SmartLink href={item.href} className={LINK.accent}>
                {item.label}
              </SmartLink>
            </span>
          ))}
          .
        </p>
      </noscript>
    </PageShell>
  )
}
