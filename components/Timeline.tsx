import type { ReactNode } from 'react'

/** A vertical list of dated entries. Each item: a heading line, a detail line, and a period. */
export function Timeline({ children }: { children: ReactNode }) {
  return <ol className="relative space-y-6 border-l border-zinc-200 pl-6 dark:border-zinc-800">{children}</ol>
}

export function TimelineItem({
  title,
  detail,
  period,
  children,
  doc,
  headingLevel = 3,
}: {
  title: ReactNode
  detail?: ReactNode
  period?: ReactNode
  children?: ReactNode
  doc?: string
  /** 2 when the timeline sits directly under the page's h1. */
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <li className="relative" data-doc={doc}>
      <span
        aria-hidden="true"
        className="absolute top-1.5 -left-[29px] size-2.5 rounded-full border-2 border-white bg-accent dark:border-zinc-950"
      />
      <div className="flex flex-col gap-x-4 sm:flex-row sm:items-baseline sm:justify-between">
        <Heading className="font-semibold text-zinc-950 dark:text-zinc-50">{title}</Heading>
        {period && <p className="shrink-0 text-sm text-zinc-600 tabular-nums dark:text-zinc-400">{period}</p>}
      </div>
      {detail && <p className="text-zinc-700 dark:text-zinc-300">{detail}</p>}
      {children}
    </li>
  )
}
