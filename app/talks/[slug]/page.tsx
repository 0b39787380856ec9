import { MathText } from '@/components/MathText'
import { plainMath } from '@/lib/model/math'
import { notFound } from 'next/navigation'
import type { Metadata } from 'next'
import { JsonLd } from '@/components/JsonLd'
import { LinkChips } from '@/components/LinkChips'
import { MaybeLink } from '@/components/MaybeLink'
import { PageShell } from '@/components/PageShell'
import { PublicationList } from '@/components/PublicationList'
import { DocTitle, Facts } from '@/components/DocPage'
import { Section } from '@/components/PageHeader'
import { Mdx } from '@/components/mdx/Mdx'
import { docOfParams, placeLabel, slugParams, talkPapers, talks } from '@/lib/queries'
import { dayLabel, talkKindLabel, talkLinks } from '@/lib/format'
import { pageMetadata } from '@/lib/metadata'
import { plainText } from '@/lib/plain-text'
import { talkEvent } from '@/lib/scholar'

export const dynamicParams = false

export function generateStaticParams() {
  return slugParams(talks())
}

export async function generateMetadata(props: PageProps<'/talks/[slug]'>): Promise<Metadata> {
  const t = await docOfParams(props.params, talks())
  if (!t) return {}
  const when = dayLabel(t.date).label
  return pageMetadata({
    title: plainMath(t.title),
    description:
      plainText(t.body.raw, 200) || `${talkKindLabel(t.kind)} at ${t.event.name}, ${placeLabel(t)}, ${when}.`,
    path: t.url,
    type: 'article',
  })
}

export default async function TalkPage(props: PageProps<'/talks/[slug]'>) {
  const t = await docOfParams(props.params, talks())
  if (!t) notFound()
  const date = dayLabel(t.date)
  const papers = talkPapers(t)
  return (
    <PageShell current="/talks/" search="Talk">
      <JsonLd data={talkEvent(t)} />
      <article data-doc={t._raw.sourceFilePath}>
        <DocTitle back={{ href: '/talks/', label: 'All talks' }}>
          <MathText text={t.title} />
        </DocTitle>
        <Facts
          rows={[
            ['Kind', talkKindLabel(t.kind)],
            [
              'Event',
              <MaybeLink key="event" href={t.event.url}>
                {t.event.name}
              </MaybeLink>,
            ],
            [
              'Date',
              <time key="date" dateTime={date.iso}>
                {date.label}
              </time>,
            ],
            ['Place', placeLabel(t)],
            ['Topics', t.tags.join(', ')],
          ]}
        />
        <div className="mt-6">
          <LinkChips chips={talkLinks(t)} shape="md" />
        </div>
        {t.body.raw.trim() && (
          <Section compact id="abstract" title="Abstract">
            <Mdx source={t.body.raw} />
          </Section>
        )}
        {papers.length > 0 && (
          <Section compact id="papers" title={papers.length === 1 ? 'Paper' : 'Papers'}>
            <PublicationList papers={papers} />
          </Section>
        )}
      </article>
    </PageShell>
  )
}
