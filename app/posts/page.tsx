import { notFound } from 'next/navigation'
import { DocList } from '@/components/DocList'
import { EntryTitle } from '@/components/DocPage'
import { MathText } from '@/components/MathText'
import { PageHeader } from '@/components/PageHeader'
import { PageShell } from '@/components/PageShell'
import { dayLabel } from '@/lib/format'
import { pageMetadata } from '@/lib/metadata'
import { posts, profile } from '@/lib/queries'

export const metadata = pageMetadata({
  title: 'Posts',
  description: `Posts by ${profile.name}, newest first.`,
  path: '/posts/',
})

export default function PostsPage() {
  const all = posts()
  if (all.length === 0) notFound()
  return (
    <PageShell current="/posts/">
      <PageHeader title="Posts">
        <p>Notes and write-ups, newest first.</p>
      </PageHeader>
      <DocList docs={all} className="space-y-8">
        {(p) => {
          const date = dayLabel(p.date)
          return (
            <article className="space-y-1.5">
              <EntryTitle href={p.url} level={2}>
                <MathText text={p.title} />
              </EntryTitle>
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                <time dateTime={date.iso}>{date.label}</time>
                {p.tags.length > 0 && <> · {p.tags.join(', ')}</>}
              </p>
              <p className="text-zinc-700 dark:text-zinc-300">
                <MathText text={p.summary} />
              </p>
            </article>
          )
        }}
      </DocList>
    </PageShell>
  )
}
