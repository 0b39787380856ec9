import type { Author } from 'contentlayer/generated'
import { isOwner } from '@/lib/queries'
import { Fragment } from 'react'
import { SmartLink } from './SmartLink'
import { LINK } from './link-style'

const MARKS = {
  equal: { sign: '*', name: 'equal contribution' },
  corresponding: { sign: '✉', name: 'corresponding author' },
} as const

/**
 * A mark after an author's name, at the text's own size so it is seen on a phone, named for
 * screen readers ("equal contribution"), and left out of search snippets.
 */
function Mark({ kind }: { kind: keyof typeof MARKS }) {
  return (
    <span
      role="img"
      aria-label={` (${MARKS[kind].name})`}
      title={MARKS[kind].name}
      data-mark={kind}
      data-pagefind-ignore=""
      className="ml-px align-[0.2em] text-[1em] leading-none font-semibold text-zinc-700 dark:text-zinc-300"
    >
      {MARKS[kind].sign}
    </span>
  )
}

/** Authors in order; the site owner in bold; * and ✉ marks named for screen readers. */
export function AuthorList({ authors }: { authors: Author[] }) {
  return (
    <span className="authors">
      {authors.map((a, i) => (
        <Fragment key={`${a.name}-${i}`}>
          {i > 0 && ', '}
          {isOwner(a.name) ? (
            <strong data-author="" data-owner="" className="font-semibold text-zinc-950 dark:text-white">
              {a.name}
            </strong>
          ) : a.url ? (
            <SmartLink data-author="" href={a.url} className={LINK.quiet}>
              {a.name}
            </SmartLink>
          ) : (
            <span data-author="">{a.name}</span>
          )}
          {a.equal && <Mark kind="equal" />}
          {a.corresponding && <Mark kind="corresponding" />}
        </Fragment>
      ))}
    </span>
  )
}

/** What the marks in the author lists above mean: only the marks some author carries, then the owner's highlight. */
export function AuthorLegend({ authors }: { authors: Author[] }) {
  const marks = (['equal', 'corresponding'] as const)
    .filter((kind) => authors.some((a) => a[kind]))
    .map((kind) => (
      <Fragment key={kind}>
        <span aria-hidden="true" className="font-semibold">
          {MARKS[kind].sign}
        </span>{' '}
        {MARKS[kind].name} ·{' '}
      </Fragment>
    ))
  return (
    <p className="text-sm text-zinc-600 dark:text-zinc-400" data-legend="" data-pagefind-ignore="">
      {marks}
      <strong className="font-semibold text-zinc-950 dark:text-white">bold</strong> the site&rsquo;s author
    </p>
  )
}

/** A paper's author line: a paragraph of its own, styled where it stands. */
export function Byline({ authors, className }: { authors: Author[]; className: string }) {
  return (
    <p className={className}>
      <AuthorList authors={authors} />
    </p>
  )
}
