import { plainMath } from '@/lib/model/math'
import { LinkChips } from '@/components/LinkChips'
import { MaybeLink } from '@/components/MaybeLink'
import { PublicationList } from '@/components/PublicationList'
import { DocArticle, Facts } from '@/components/DocPage'
import { Section } from '@/components/PageHeader'
import { Mdx } from '@/components/mdx/Mdx'
import { placeLabel, talkPapers, talks } from '@/lib/queries'
import { docRoute } from '@/lib/doc-route'
import { dayLabel, talkKindLabel, talkLinks } from '@/lib/format'
import { pageMetadata } from '@/lib/metadata'
import { plainText } from '@/lib/plain-text'
import { talkEvent } from '@/lib/scholar'

export const dynamicParams = false

const route = docRoute(talks, (t) =>
  pageMetadata({
    title: plainMath(t.title),
    description:
      plainText(t.body.raw, 200) ||
      `${talkKindLabel(t.kind)} at ${t.event.name}, ${placeLabel(t)}, ${dayLabel(t.date).label}.`,
    path: t.url,
    type: 'article',
  }),
)
export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata

export default async function TalkPage(props: PageProps<'/talks/[slug]'>) {
  const t = await route.doc(props)
  const date = dayLabel(t.date)
  const papers = talkPapers(t)
  return (
    <DocArticle section="/talks/" back="All talks" search="Talk" doc={t} jsonLd={talkEvent(t)}>
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
    </DocArticle>
  )
}
