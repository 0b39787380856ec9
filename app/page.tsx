import { PageShell } from '@/components/PageShell'
import { Section } from '@/components/PageHeader'
import { ProfileCard } from '@/components/ProfileCard'
import { PublicationList } from '@/components/PublicationList'
import { AuthorLegend } from '@/components/AuthorList'
import { MoreLink } from '@/components/DocPage'
import { Mdx } from '@/components/mdx/Mdx'
import { news, profile, selectedPublications } from '@/lib/queries'
import { NewsList } from '@/components/NewsList'
import { pageMetadata } from '@/lib/metadata'
import { JsonLd } from '@/components/JsonLd'
import { personJsonLd } from '@/lib/scholar'
import { Collaboration } from '@/components/Collaboration'

export const metadata = pageMetadata({ path: '/' })

/** How many news items the home page shows; /news/ has them all. */
const LATEST_NEWS = 5

export default function HomePage() {
  const selected = selectedPublications()
  const allNews = news()
  const latest = allNews.slice(0, LATEST_NEWS)
  return (
    <PageShell current="/" search="Page">
      <JsonLd data={personJsonLd(profile)} />
      <ProfileCard profile={profile} />

      <div className="mt-10">
        <Section title="About me" id="about">
          <Mdx source={profile.body.raw} />
        </Section>

        {latest.length > 0 && (
          <Section title="News" id="news">
            <NewsList items={latest} />
            {allNews.length > latest.length && <MoreLink href="/news/">All news</MoreLink>}
          </Section>
        )}

        {profile.interests.length > 0 && (
          <Section title="Research interests" id="interests">
            <ul className="grid gap-3 sm:grid-cols-2">
              {profile.interests.map((i) => (
                <li key={i.area} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
                  <p className="font-semibold text-zinc-950 dark:text-zinc-50">{i.area}</p>
                  {i.detail && <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{i.detail}</p>}
                </li>
              ))}
            </ul>
          </Section>
        )}

        {profile.collaboration && <Collaboration text={profile.collaboration} />}

        {selected.length > 0 && (
          <Section title="Selected publications" id="selected-publications" searchIgnore>
            <div className="mb-4">
              <AuthorLegend authors={selected.flatMap((p) => p.authors)} />
            </div>
            <PublicationList papers={selected} />
            <MoreLink href="/publications/">All publications</MoreLink>
          </Section>
        )}
      </div>
    </PageShell>
  )
}
