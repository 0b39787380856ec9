import { PageHeader, Section } from '@/components/PageHeader'
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
  return (
    <PageShell current="/awards/">
      <PageHeader title="Awards & activities" />
      <Section title="Awards" id="awards">
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {awards().map((a) => (
            <li
              key={a.slug}
              data-doc={a._raw.sourceFilePath}
              className="flex flex-col gap-x-4 py-3 sm:flex-row sm:items-baseline sm:justify-between"
            >
              <p>
                <span className="font-semibold text-zinc-950 dark:text-zinc-50">{a.title}</span>
                <span className="text-zinc-700 dark:text-zinc-300">, {a.issuer}</span>
              </p>
              <p className="shrink-0 text-sm text-zinc-600 tabular-nums dark:text-zinc-400">{a.year}</p>
            </li>
          ))}
        </ul>
      </Section>
      {acts.length > 0 && (
        <Section title="Extracurricular activities" id="activities">
          <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {acts.map((a) => (
              <li key={a.slug} data-doc={a._raw.sourceFilePath} className="py-3">
                <span className="font-semibold text-zinc-950 dark:text-zinc-50">{a.role}</span>
                <span className="text-zinc-700 dark:text-zinc-300">, {a.organisation}</span>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </PageShell>
  )
}
