import { notFound } from 'next/navigation'
import type { Metadata } from 'next'
import { AuthorLegend, AuthorList } from '@/components/AuthorList'
import { PageShell } from '@/components/PageShell'
import { PaperLinks } from '@/components/PaperLinks'
import { SmartLink } from '@/components/SmartLink'
import { StatusBadge } from '@/components/StatusBadge'
import { Mdx } from '@/components/mdx/Mdx'
import { CiteBlock } from '@/components/CiteBlock'
import { JsonLd } from '@/components/JsonLd'
import { citation, publicationBySlug, publications } from '@/lib/queries'
import { highwireTags, scholarlyArticle } from '@/lib/scholar'
import { publicationDate, statusLabel } from '@/lib/format'
import { pageMetadata } from '@/lib/metadata'
import { LINK } from '@/components/link-style'

export const dynamicParams = false

export function generateStaticParams() {
  return publications().map((p) => ({ slug: p.slug }))
}

export async function generateMetadata(props: PageProps<'/publications/[slug]'>): Promise<Metadata> {
  const { slug } = await props.params
  const p = publicationBySlug(slug)
  if (!p) return {}
  const authors = p.authors.map((a) => a.name).join(', ')
  const where = p.venue?.name ?? statusLabel(p.status)
  return {
    ...pageMetadata({
      title: p.title,
      description: p.abstract?.slice(0, 200) ?? `${authors}. ${where}, ${p.year}.`,
      path: p.url,
      type: 'article',
    }),
    other: highwireTags(p),
  }
}

export default async function PublicationPage(props: PageProps<'/publications/[slug]'>) {
  const { slug } = await props.params
  const p = publicationBySlug(slug)
  if (!p) notFound()
  const date = publicationDate(p)
  const { key, csl } = citation(p)
  return (
    <PageShell current="/publications/">
      <JsonLd data={scholarlyArticle(p)} />
      <article data-doc={p._raw.sourceFilePath}>
        <p className="mb-4 text-sm">
          <SmartLink href="/publications/" className={LINK.accent}>
            ← All publications
          </SmartLink>
        </p>
        <h1 className="text-2xl leading-tight font-bold tracking-tight text-zinc-950 sm:text-3xl dark:text-zinc-50">
          {p.title}
        </h1>
        <p className="mt-4 leading-relaxed text-zinc-700 dark:text-zinc-300">
          <AuthorList authors={p.authors} />
        </p>
        <div className="mt-2">
          <AuthorLegend />
        </div>
        <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
          <dt className="font-medium text-zinc-600 dark:text-zinc-400">Status</dt>
          <dd>
            <StatusBadge publication={p} label={statusLabel(p.status)} />
          </dd>
          {p.venue && (
            <>
              <dt className="font-medium text-zinc-600 dark:text-zinc-400">Venue</dt>
              <dd>{p.venue.name}</dd>
            </>
          )}
          <dt className="font-medium text-zinc-600 dark:text-zinc-400">Date</dt>
          <dd>
            <time dateTime={date.iso}>{date.label}</time>
          </dd>
          {p.tags.length > 0 && (
            <>
              <dt className="font-medium text-zinc-600 dark:text-zinc-400">Topics</dt>
              <dd>{p.tags.join(', ')}</dd>
            </>
          )}
        </dl>
        <div className="mt-6">
          <PaperLinks publication={p} size="md" />
        </div>
        {p.abstract && (
          <section aria-labelledby="abstract" className="mt-8">
            <h2 id="abstract" className="mb-2 text-lg font-semibold text-zinc-950 dark:text-zinc-50">
              Abstract
            </h2>
            <p className="leading-relaxed">{p.abstract}</p>
          </section>
        )}
        {p.body.raw.trim() && (
          <section aria-labelledby="notes" className="mt-8">
            <h2 id="notes" className="mb-2 text-lg font-semibold text-zinc-950 dark:text-zinc-50">
              Notes
            </h2>
            <Mdx source={p.body.raw} />
          </section>
        )}
        <CiteBlock csl={csl} bibHref={`${p.url}cite.bib`} bibFile={`${key}.bib`} />
      </article>
    </PageShell>
  )
}
