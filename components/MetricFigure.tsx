import type { Figure } from '@/lib/model/metrics'
import { figureLabel, stars, totalCitations } from '@/lib/metrics'

const SOURCE: Record<Figure['source'], string> = {
  openalex: 'OpenAlex',
  semanticscholar: 'Semantic Scholar',
  github: 'GitHub',
}

/** A dated figure as text: "★ 1,234 · Nov 2026", "cited by 12 · Nov 2026". No badge image, no request. */
export function MetricFigure({ figure, kind }: { figure: Figure; kind: 'stars' | 'citations' }) {
  const { count, when, iso } = figureLabel(figure)
  return (
    <span
      data-metric={kind}
      title={`${kind === 'stars' ? 'GitHub stars' : 'Citations'}, from ${SOURCE[figure.source]}, ${figure.date}`}
      className="text-xs text-zinc-600 tabular-nums dark:text-zinc-400"
    >
      {kind === 'stars' ? (
        <>
          <span aria-hidden="true">★ </span>
          <span className="sr-only">GitHub stars: </span>
          {count}
        </>
      ) : (
        <>cited by {count}</>
      )}
      {' · '}
      <time dateTime={iso}>{when}</time>
    </span>
  )
}

/** A project's stars, when the snapshot has them. */
export function ProjectStars({ slug }: { slug: string }) {
  const figure = stars(slug)
  if (!figure) return null
  return (
    <span className="ml-auto shrink-0 pl-2">
      <MetricFigure figure={figure} kind="stars" />
    </span>
  )
}

/** The owner's citations across the site's papers, for the profile; nothing without figures. */
export function TotalCitations() {
  const total = totalCitations()
  if (!total) return null
  const { count, when, iso } = figureLabel(total)
  return (
    <p data-metric="total-citations" className="text-sm text-zinc-600 dark:text-zinc-400">
      Cited by {count} · <time dateTime={iso}>{when}</time>
    </p>
  )
}
