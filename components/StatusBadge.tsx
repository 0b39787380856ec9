import { cn, venueLabel } from '@/lib/format'
import type { Publication } from 'contentlayer/generated'

const TONE: Record<Publication['status'], string> = {
  published:
    'bg-emerald-50 text-emerald-800 ring-emerald-600/25 dark:bg-emerald-950 dark:text-emerald-300 dark:ring-emerald-400/30',
  accepted:
    'bg-emerald-50 text-emerald-800 ring-emerald-600/25 dark:bg-emerald-950 dark:text-emerald-300 dark:ring-emerald-400/30',
  'under-review':
    'bg-amber-50 text-amber-900 ring-amber-600/25 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-400/30',
  preprint: 'bg-zinc-100 text-zinc-700 ring-zinc-500/25 dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-400/30',
}

/** Where a paper stands; `label` overrides the text (the paper page shows the status, lists the venue). */
export function StatusBadge({
  publication,
  label,
}: {
  publication: Pick<Publication, 'status' | 'venue' | 'links'>
  label?: string
}) {
  return (
    <span
      data-status={publication.status}
      className={cn(
        'inline-block rounded px-1.5 py-0.5 text-xs font-semibold ring-1 ring-inset',
        TONE[publication.status],
      )}
    >
      {label ?? venueLabel(publication)}
    </span>
  )
}

/** A prize the paper won (Best Paper Award), beside its venue. */
export function AwardBadge({ award }: { award: string }) {
  return (
    <span
      data-award=""
      className="inline-block rounded bg-violet-50 px-1.5 py-0.5 text-xs font-semibold text-violet-800 ring-1 ring-violet-600/25 ring-inset dark:bg-violet-950 dark:text-violet-200 dark:ring-violet-400/30"
    >
      {award}
    </span>
  )
}
