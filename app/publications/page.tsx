import { notFound } from 'next/navigation'
import { AuthorLegend } from '@/components/AuthorList'
import { PageHeader } from '@/components/PageHeader'
import { PageShell } from '@/components/PageShell'
import { YearGroup } from '@/components/DocPage'
import { PublicationFilter } from '@/components/PublicationFilter'
import { PublicationItem } from '@/components/PublicationItem'
import { SmartLink } from '@/components/SmartLink'
import { profile, publications, publicationsByYear } from '@/lib/queries'
import { pageMetadata } from '@/lib/metadata'
import { LINK } from '@/components/link-style'

export const metadata = pageMetadata({
  title: 'Publications',
  description: 'Papers and manuscripts, newest first, with links and author roles.',
  path: '/publications/',
})

export default function PublicationsPage() {
  const groups = publicationsByYear()
  const count = publications().length
  if (count === 0) notFound()
  const scholar = profile.links.find((l) => l.kind === 'google-scholar')
  return (
    <PageShell current="/publications/">
      <PageHeader title="Publications">
        <p>
          {count} papers and manuscripts, newest first. All of them as{' '}
          <SmartLink href="/publications.bib" className={LINK.accent}>
            BibTeX
          </SmartLink>{' '}
          or{' '}
          <SmartLink href="/publications.json" className={LINK.accent}>
            CSL-JSON
          </SmartLink>
          .
          {scholar && (
            <>
              {' '}
              The most recent are also on{' '}
              <SmartLink href={scholar.url} className={LINK.accent}>
                Google Scholar
              </SmartLink>
              .
            </>
          )}
        </p>
        <div className="mt-2">
          <AuthorLegend authors={publications().flatMap((p) => p.authors)} />
        </div>
      </PageHeader>
      <PublicationFilter publications={publications()} />
      {groups.map((g) => (
        <YearGroup key={g.year} year={g.year} data-filter-group>
          <ol className="space-y-7">
            {g.items.map((p) => (
              <li key={p.slug} data-filter-item data-status={p.status} data-tags={p.tags.join(' ')}>
                <PublicationItem publication={p} />
              </li>
            ))}
          </ol>
        </YearGroup>
      ))}
    </PageShell>
  )
}
