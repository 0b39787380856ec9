import type { ReactNode } from 'react'
import type { Thing, WithContext } from 'schema-dts'
import { JsonLd } from './JsonLd'
import { MathText } from './MathText'
import { PageShell, type SearchKind } from './PageShell'
import { SmartLink } from './SmartLink'
import { LINK } from './link-style'

/**
 * A document's own page (a paper, a talk, a post): the page shell with its section marked and its
 * search kind, its JSON-LD, and the article: a link back to its list, its title, then the rest.
 * `after` follows the article (a post's neighbours).
 */
export function DocArticle({
  section,
  back,
  search,
  doc,
  jsonLd,
  after,
  children,
}: {
  section: string
  back: string
  search: SearchKind
  doc: { title: string; _raw: { sourceFilePath: string } }
  jsonLd: WithContext<Thing>
  after?: ReactNode
  children: ReactNode
}) {
  return (
    <PageShell current={section} search={search}>
      <JsonLd data={jsonLd} />
      <article data-doc={doc._raw.sourceFilePath}>
        <p className="mb-4 text-sm" data-pagefind-ignore="">
          <SmartLink href={section} className={LINK.accent}>
            ← {back}
          </SmartLink>
        </p>
        <h1 className="text-2xl leading-tight font-bold tracking-tight text-zinc-950 sm:text-3xl dark:text-zinc-50">
          <MathText text={doc.title} />
        </h1>
        {children}
      </article>
      {after}
    </PageShell>
  )
}

/** A document's facts as label/value rows; a row whose value is missing is left out. */
export function Facts({ rows }: { rows: [label: string, value: ReactNode][] }) {
  return (
    <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
      {rows
        .filter(([, value]) => value !== undefined && value !== null && value !== false && value !== '')
        .map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-zinc-600 dark:text-zinc-400">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  )
}

/** The linked title of an entry in a list (a paper, a talk). */
export function EntryTitle({ href, level = 3, children }: { href: string; level?: 2 | 3; children: ReactNode }) {
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <Heading className="text-base leading-snug font-semibold text-zinc-950 dark:text-zinc-50">
      <SmartLink href={href} className={LINK.quiet}>
        {children}
      </SmartLink>
    </Heading>
  )
}

/** "All news →": the link from a short list to the whole one. */
export function MoreLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="mt-6">
      <SmartLink href={href} className={`${LINK.accent} font-medium`}>
        {children} →
      </SmartLink>
    </p>
  )
}

/** A year's heading and its entries, in a list grouped by year. */
export function YearGroup({
  year,
  children,
  ...rest
}: {
  year: number
  children: ReactNode
  'data-filter-group'?: boolean
}) {
  return (
    <section aria-labelledby={`year-${year}`} className="mt-10 first-of-type:mt-0" {...rest}>
      <h2
        id={`year-${year}`}
        className="mb-4 border-b border-zinc-200 pb-1 text-xl font-semibold text-zinc-950 dark:border-zinc-800 dark:text-zinc-50"
      >
        {year}
      </h2>
      {children}
    </section>
  )
}
