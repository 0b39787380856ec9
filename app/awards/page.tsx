import { notFound } from 'next/navigation'
import { PageHeader, Section } from '@/components/PageHeader'
import { DocList } from '@/components/DocList'
import { PageShell } from '@/components/PageShell'
import { activities, awards, profile } from '@/lib/queries'
import { pageMetadata } from '@/lib/metadata'

export const metadata = pageMetadata({
  title: 'Awards',
  description: `Awards, scholarships and extracurricular activities of ${profile.name}.`,
  path: '/awards/',
})

export default function AwardsPage() {
  const acts = activities()
  if (awards().length === 0 && acts.length === 0) notFound()
  return (
    <PageShell current="/awards/" search="Page">
      <PageHeader title="Awards & activities" />
      <Section title="Awards" id="awards">
        <DocList
          docs={awards()}
          className="divide-y divide-zinc-200 dark:divide-zinc-800"
          itemClassName="flex flex-col gap-x-4 py-3 sm:flex-row sm:items-baseline sm:justify-between"
        >
          {(a) => (
            <>
              <p>
                <span className="font-semibold text-zinc-950 dark:text-zinc-50">{a.title}</span>
                <span className="text-zinc-700 dark:text-zinc-300">, {a.issuer}</span>
              </p>
              <p className="shrink-0 text-sm text-zinc-600 tabular-nums dark:text-zinc-400">{a.year}</p>
            </>
          )}
        </DocList>
      </Section>
      {acts.length > 0 && (
        <Section title="Extracurricular activities" id="activities">
          <DocList docs={acts} className="divide-y divide-zinc-200 dark:divide-zinc-800" itemClassName="py-3">
            {(a) => (
              <>
                <span className="font-semibold text-zinc-950 dark:text-zinc-50">{a.role}</span>
                <span className="text-zinc-700 dark:text-zinc-300">, {a.organisation}</span>
              </>
            )}
          </DocList>
        </Section>
      )}
    </PageShell>
  )
}
