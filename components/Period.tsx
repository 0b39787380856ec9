import { yearMonth } from '@/lib/format'

/** "Nov 2024 – Present" with machine-readable <time> elements. */
export function Period({ start, end }: { start: string; end?: string | undefined }) {
  const s = yearMonth(start)
  const e = end ? yearMonth(end) : undefined
  return (
    <>
      <time dateTime={s.iso}>{s.label}</time> – {e ? <time dateTime={e.iso}>{e.label}</time> : 'Present'}
    </>
  )
}
