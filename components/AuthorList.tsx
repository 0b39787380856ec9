import type { Author } from 'contentlayer/generated'
import { isOwner } from '@/lib/queries'
import { Fragment } from 'react'
import { SmartLink } from './SmartLink'
import { LINK } from './link-style'

/** Authors in order; the site owner highlighted; * and ✉ marks with screen-reader text. */
export function AuthorList({ authors }: { authors: Author[] }) {
  return (
    <span className="authors">
      {authors.map((a, i) => (
        <Fragment key={`${a.name}-${i}`}>
          {i > 0 && ', '}
          {isOwner(a.name) ? (
            <strong
              data-author=""
              data-owner=""
              className="font-semibold text-zinc-950 underline decoration-accent/60 decoration-2 underline-offset-2 dark:text-white"
            >
              {a.name}
            </strong>
          ) : a.url ? (
            <SmartLink data-author="" href={a.url} className={LINK.quiet}>
              {a.name}
            </SmartLink>
          ) : (
            <span data-author="">{a.name}</span>
          )}
          {a.equal && (
            <>
              <sup aria-hidden="true" data-mark="equal">
                *
              </sup>
              <span className="sr-only"> (equal contribution)</span>
            </>
          )}
          {a.corresponding && (
            <>
              <sup aria-hidden="true" data-mark="corresponding">
                ✉
              </sup>
              <span className="sr-only"> (corresponding author)</span>
            </>
          )}
        </Fragment>
      ))}
    </span>
  )
}

/** What the marks in the author lists above mean: only the marks some author carries, then the owner's highlight. */
export function AuthorLegend({ authors }: { authors: Author[] }) {
  const marks = [
    authors.some((a) => a.equal) && (
      <Fragment key="equal">
        <sup aria-hidden="true">*</sup> equal contribution ·{' '}
      </Fragment>
    ),
    authors.some((a) => a.corresponding) && (
      <Fragment key="corresponding">
        <sup aria-hidden="true">✉</sup> corresponding author ·{' '}
      </Fragment>
    ),
  ]
  return (
    <p className="text-sm text-zinc-600 dark:text-zinc-400" data-legend="">
      {marks}
      <strong className="font-semibold text-zinc-950 underline decoration-accent/60 decoration-2 underline-offset-2 dark:text-white">
        bold
      </strong>{' '}
      the site&rsquo;s author
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
