import { notFound } from 'next/navigation'
import { DocList } from '@/components/DocList'
import { PageHeader } from '@/components/PageHeader'
import { PageShell } from '@/components/PageShell'
import { YearGroup } from '@/components/DocPage'
import { TalkItem } from '@/components/TalkItem'
import { TalkMap } from '@/components/TalkMap'
import { profile, talkLocation, talkPlaces, talks, talksByYear } from '@/lib/queries'
import { pageMetadata } from '@/lib/metadata'

export const metadata = pageMetadata({
  title: 'Talks',
  description: `Talks, lectures and posters by ${profile.name}, newest first, with slides and videos.`,
  path: '/talks/',
})

export default function TalksPage() {
  const all = talks()
  if (all.length === 0) notFound()
  const online = all.filter((t) => !talkLocation(t)).length
  return (
    <PageShell current="/talks/">
      <PageHeader title="Talks">
        <p>Talks, lectures and posters, newest first.</p>
      </PageHeader>
      <TalkMap places={talkPlaces()} online={online} />
      {talksByYear().map((g) => (
        <YearGroup key={g.year} year={g.year}>
          <DocList docs={g.items} className="space-y-6" itemClassName="scroll-mt-6">
            {(t) => (
              <div id={t.slug}>
                <TalkItem talk={t} />
              </div>
            )}
          </DocList>
        </YearGroup>
      ))}
    </PageShell>
  )
}
