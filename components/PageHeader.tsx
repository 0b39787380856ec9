import type { ReactNode } from 'react'

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="mb-8 space-y-2">
      <h1 className="text-3xl font-bold tracking-tight text-zinc-950 dark:text-zinc-50">{title}</h1>
      {children && <div className="text-zinc-600 dark:text-zinc-400">{children}</div>}
    </header>
  )
}

/** A titled part of a page; `compact` for the parts of one document's page (abstract, notes, papers). */
export function Section({
  title,
  id,
  compact = false,
  searchIgnore = false,
  children,
}: {
  title: string
  id: string
  compact?: boolean
  /** Left out of the search index: it repeats what other pages hold (the home page's selected papers). */
  searchIgnore?: boolean
  children: ReactNode
}) {
  return (
    <section
      aria-labelledby={id}
      className={compact ? 'mt-8' : 'mt-10 first:mt-0'}
      {...(searchIgnore ? { 'data-pagefind-ignore': '' } : {})}
    >
      <h2
        id={id}
        className={`${compact ? 'mb-3 text-lg' : 'mb-4 text-xl'} font-semibold tracking-tight text-zinc-950 dark:text-zinc-50`}
      >
        {title}
      </h2>
      {children}
    </section>
  )
}
