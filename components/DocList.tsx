import type { ReactNode } from 'react'

interface Doc {
  slug: string
  _raw: { sourceFilePath: string }
}

/**
 * A list with one item per document, each marked data-doc with its file: the build's export check
 * (scripts/pipeline/verify-export.ts) counts these to prove every file is rendered exactly once.
 */
export function DocList<T extends Doc>({
  docs,
  className,
  itemClassName,
  children,
}: {
  docs: T[]
  className?: string
  itemClassName?: string
  children: (doc: T) => ReactNode
}) {
  return (
    <ul className={className}>
      {docs.map((doc) => (
        <li key={doc.slug} data-doc={doc._raw.sourceFilePath} className={itemClassName}>
          {children(doc)}
        </li>
      ))}
    </ul>
  )
}
