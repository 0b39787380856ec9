import { MathText } from './MathText'
import type { Talk } from 'contentlayer/generated'
import { dayLabel, talkKindLabel, talkLinks } from '@/lib/format'
import { placeLabel } from '@/lib/queries'
import { LinkChips } from './LinkChips'
import { MaybeLink } from './MaybeLink'
import { EntryTitle } from './DocPage'

/** A talk in a list: its title (to its page), kind, event, date, place, and links. */
export function TalkItem({ talk, headingLevel = 3 }: { talk: Talk; headingLevel?: 2 | 3 }) {
  const date = dayLabel(talk.date)
  return (
    <article className="space-y-1.5">
      <EntryTitle href={talk.url} level={headingLevel}>
        <MathText text={talk.title} />
      </EntryTitle>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        <span className="mr-2 inline-block rounded bg-zinc-100 px-1.5 py-0.5 text-xs font-semibold text-zinc-700 dark:bg-zinc-800 dark:text-zinc-200">
          {talkKindLabel(talk.kind)}
        </span>
        <MaybeLink href={talk.event.url}>{talk.event.name}</MaybeLink>
        {' · '}
        <span data-place-label="">{placeLabel(talk)}</span>
        {' · '}
        <time dateTime={date.iso} className="tabular-nums">
          {date.label}
        </time>
      </p>
      <LinkChips chips={talkLinks(talk)} shape="sm" />
    </article>
  )
}
