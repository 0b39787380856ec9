import { MathText } from '@/components/MathText'
import { MetricFigure } from '@/components/MetricFigure'
import { citations } from '@/lib/metrics'
import { plainMath } from '@/lib/model/math'
import { AuthorLegend, Byline } from '@/components/AuthorList'
import { PaperLinks } from '@/components/PaperLinks'
import { DocArticle, Facts } from '@/components/DocPage'
import { Section } from '@/components/PageHeader'
import { AwardBadge, StatusBadge } from '@/components/StatusBadge'
import { Picture } from '@/components/Picture'
import { Mdx } from '@/components/mdx/Mdx'
import { CiteBlock } from '@/components/CiteBlock'
import { citation, publications } from '@/lib/queries'
import { docRoute } from '@/lib/doc-route'
import { highwireTags, scholarlyArticle } from '@/lib/scholar'
import { paperDescription, publicationDate, publishedIn, statusLabel } from '@/lib/format'
import { pageMetadata } from '@/lib/metadata'

export const dynamicParams = false

const route = docRoute(publications, (p) => {
  return {
    ...pageMetadata({
      title: plainMath(p.title),
      description: p.abstract ? plainMath(p.abstract).slice(0, 200) : paperDescription(p),
      path: p.url,
      type: 'article',
    }),
    other: highwireTags(p),
  }
})
export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata

export default async function PublicationPage(props: PageProps<'/publications/[slug]'>) {
  const p = await route.doc(props)
  const date = publicationDate(p)
  const cited = citations(p.slug)
  const { key, csl } = citation(p)
  return (
    <DocArticle section="/publications/" back="All publications" search="Paper" doc={p} jsonLd={scholarlyArticle(p)}>
      <Byline authors={p.authors} className="mt-4 leading-relaxed text-zinc-700 dark:text-zinc-300" />
      <div className="mt-2">
        <AuthorLegend authors={p.authors} />
      </div>
      <Facts
        rows={[
          ['Status', <StatusBadge key="status" publication={p} label={statusLabel(p.status)} />],
          ['Venue', p.venue?.name],
          [
            'Date',
            <time key="date" dateTime={date.iso}>
              {date.label}
            </time>,
          ],
          ['Award', p.award && <AwardBadge key="award" award={p.award} />],
          ['Published in', publishedIn(p)],
          ['Publisher', p.venue?.kind === 'book' ? undefined : p.publisher],
          ['Topics', p.tags.join(', ')],
          ['Citations', cited && <MetricFigure key="cited" figure={cited} kind="citations" />],
          ['Note', p.note],
        ]}
      />
      <div className="mt-6">
        <PaperLinks publication={p} size="md" />
      </div>
      {p.thumbnail && (
        <div className="mt-6 max-w-md">
          <Picture
            src={p.thumbnail}
            alt={`A figure from the paper ${plainMath(p.title)}`}
            sizes="(min-width: 28rem) 28rem, 100vw"
            className="h-auto w-full rounded ring-1 ring-zinc-200 dark:ring-zinc-800"
          />
        </div>
      )}
      {p.abstract && (
        <Section compact id="abstract" title="Abstract">
          <p className="leading-relaxed">
            <MathText text={p.abstract} />
          </p>
        </Section>
      )}
      {p.body.raw.trim() && (
        <Section compact id="notes" title="Notes">
          <Mdx source={p.body.raw} />
        </Section>
      )}
      <CiteBlock csl={csl} title={p.title} bibHref={`${p.url}cite.bib`} bibFile={`${key}.bib`} />
    </DocArticle>
  )
}
