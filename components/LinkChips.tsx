import type { ReactNode } from 'react'
import { cn } from '@/lib/format'
import { SmartLink } from './SmartLink'

export interface Chip {
  href: string
  label: string
  icon?: ReactNode
}

const SHAPE = {
  pill: 'inline-flex items-center gap-1.5 rounded-full px-3 py-1 text-sm',
  md: 'inline-block rounded px-3 py-1 text-sm',
  sm: 'inline-block rounded px-2 py-0.5 text-xs',
} as const

/** A row of bordered links: a paper's PDF/code/…, the owner's identity links. */
export function LinkChips({ chips, shape }: { chips: Chip[]; shape: keyof typeof SHAPE }) {
  if (chips.length === 0) return null
  return (
    <ul className="flex flex-wrap gap-2">
      {chips.map((c) => (
        <li key={`${c.label} ${c.href}`}>
          <SmartLink
            href={c.href}
            className={cn(
              'border border-zinc-300 font-medium text-zinc-700 transition-colors hover:border-accent hover:text-accent dark:border-zinc-700 dark:text-zinc-300',
              SHAPE[shape],
            )}
          >
            {c.icon}
            {c.label}
          </SmartLink>
        </li>
      ))}
    </ul>
  )
}
