import { MathText } from './MathText'
import { MetricFigure } from './MetricFigure'
import { citations } from '@/lib/metrics'
import { publicationDate } from '@/lib/format'
import { contextObject } from '@/lib/scholar'
import type { Publication } from 'contentlayer/generated'
import { Byline } from './AuthorList'
import { PaperLinks } from './PaperLinks'
import { EntryTitle } from './DocPage'
import { AwardBadge, StatusBadge } from './StatusBadge'

/** A paper in a list: title, authors, status, date, links, and its COinS record. */
export function PublicationItem({
  publication: p,
  headingLevel = 3,
}: {
  publication: Publication
  headingLevel?: 2 | 3
}) {
  const date = publicationDate(p)
  const cited = citations(p.slug)
  return (
    <article className="publication space-y-1.5" data-slug={p.slug} data-doc={p._raw.sourceFilePath}>
      <EntryTitle href={p.url} level={headingLevel}>
        <MathText text={p.title} />
      </EntryTitle>
      <Byline authors={p.authors} className="text-sm leading-relaxed text-zinc-700 dark:text-zinc-300" />
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <StatusBadge publication={p} />
        <time dateTime={date.iso} className="text-xs text-zinc-600 dark:text-zinc-400">
          {date.label}
        </time>
        {p.award && <AwardBadge award={p.award} />}
        <PaperLinks publication={p} />
        {cited && <MetricFigure figure={cited} kind="citations" />}
      </div>
      {p.note && <p className="text-sm text-zinc-600 dark:text-zinc-400">{p.note}</p>}
      {/* COinS: a list page offers reference managers each paper (paper pages carry their tags instead). */}
      <span className="Z3988" title={contextObject(p)} aria-hidden="true" />
    </article>
  )
}
