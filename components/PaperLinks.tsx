import { paperLinks } from '@/lib/format'
import type { Publication } from 'contentlayer/generated'
import { SmartLink } from './SmartLink'

export function PaperLinks({
  publication,
  size = 'sm',
}: {
  publication: Pick<Publication, 'links' | 'title'>
  size?: 'sm' | 'md'
}) {
  const links = paperLinks(publication)
  if (links.length === 0) return null
  const pad = size === 'md' ? 'px-3 py-1 text-sm' : 'px-2 py-0.5 text-xs'
  return (
    <ul className="flex flex-wrap gap-2">
      {links.map((l) => (
        <li key={l.kind}>
          <SmartLink
            href={l.href}
            className={`inline-block rounded border border-zinc-300 font-medium text-zinc-700 transition-colors hover:border-accent hover:text-accent dark:border-zinc-700 dark:text-zinc-300 ${pad}`}
          >
            {l.label}
          </SmartLink>
        </li>
      ))}
    </ul>
  )
}
