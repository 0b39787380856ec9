import type { News } from 'contentlayer/generated'
import { dayLabel } from '@/lib/format'
import { newsTarget } from '@/lib/queries'
import { Mdx } from './mdx/Mdx'
import { SmartLink } from './SmartLink'
import { LINK } from './link-style'

/**
 * Dated news, newest first: the date, the item's MDX, and a link to the talk or paper it is about.
 * `doc` marks each item with its file (on /news/, which the export check counts).
 */
export function NewsList({ items, doc = false }: { items: News[]; doc?: boolean }) {
  return (
    <ol className="space-y-4">
      {items.map((n) => {
        const date = dayLabel(n.date)
        const target = newsTarget(n)
        return (
          <li
            key={n.slug}
            id={doc ? n.slug : undefined}
            data-doc={doc ? n._raw.sourceFilePath : undefined}
            className="grid gap-x-4 sm:grid-cols-[7.5rem_1fr]"
          >
            <time
              dateTime={date.iso}
              className="pt-0.5 text-sm font-medium text-zinc-600 tabular-nums dark:text-zinc-400"
            >
              {date.label}
            </time>
            <div>
              <Mdx
                source={n.body.raw}
                className="prose max-w-none prose-zinc dark:prose-invert prose-p:my-0 prose-a:text-accent"
              />
              {target && (
                <p className="mt-1 text-sm">
                  <SmartLink href={target.href} className={LINK.accent}>
                    {target.label} →
                  </SmartLink>
                </p>
              )}
            </div>
          </li>
        )
      })}
    </ol>
  )
}
