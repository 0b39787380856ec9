import { notFound } from 'next/navigation'
import type { Experience } from 'contentlayer/generated'
import { PageHeader, Section } from '@/components/PageHeader'
import { PageShell } from '@/components/PageShell'
import { Period } from '@/components/Period'
import { PersonLinks } from '@/components/PersonLinks'
import { MaybeLink } from '@/components/MaybeLink'
import { Timeline, TimelineItem } from '@/components/Timeline'
import { experiences, profile } from '@/lib/queries'
import { pageMetadata } from '@/lib/metadata'

export const metadata = pageMetadata({
  title: 'Experience',
  description: `Industry and research positions and education of ${profile.name}.`,
  path: '/experience/',
})

const SECTIONS = [
  { kind: 'industry', title: 'Industry' },
  { kind: 'research', title: 'Research' },
] as const satisfies readonly { kind: Experience['kind']; title: string }[]

function Organisation({ e }: { e: Experience }) {
  const name = <MaybeLink href={e.url}>{e.organisation}</MaybeLink>
  return (
    <>
      {name}
      {e.unit && <span> · {e.unit}</span>}
    </>
  )
}

function ExperienceEntry({ e }: { e: Experience }) {
  return (
    <TimelineItem
      doc={e._raw.sourceFilePath}
      title={e.role}
      detail={<Organisation e={e} />}
      period={<Period start={e.start} end={e.end} />}
    />
  )
}

export default function ExperiencePage() {
  if (experiences().length === 0) notFound()
  return (
    <PageShell current="/experience/" search="Page">
      <PageHeader title="Experience" />
      {SECTIONS.map(({ kind, title }) => {
        const items = experiences(kind)
        if (items.length === 0) return null
        return (
          <Section key={kind} title={title} id={kind}>
            <Timeline>
              {items.map((e) => (
                <ExperienceEntry key={e.slug} e={e} />
              ))}
            </Timeline>
          </Section>
        )
      })}
      <EducationSection />
    </PageShell>
  )
}

/** The position held now (a student's is education), education entries, then earlier degrees. */
function EducationSection() {
  const education = experiences('education')
  if (!(profile.position || profile.university || education.length > 0 || profile.degrees.length > 0)) return null
  return (
    <Section title="Education" id="education">
      <Timeline>
        {(profile.position || profile.university) && <CurrentPosition />}
        {education.map((e) => (
          <ExperienceEntry key={e.slug} e={e} />
        ))}
        {profile.degrees.map((d) => (
          <TimelineItem
            key={`${d.degree}-${d.institution.name}`}
            title={d.field ? `${d.degree} in ${d.field}` : d.degree}
            detail={
              <>
                <MaybeLink href={d.institution.url}>{d.institution.name}</MaybeLink>
                {d.institution.shortName && ` (${d.institution.shortName})`}
                {d.supervisors.length > 0 && (
                  <>
                    {' '}
                    · supervised by <PersonLinks people={d.supervisors} />
                  </>
                )}
              </>
            }
          />
        ))}
      </Timeline>
    </Section>
  )
}

function CurrentPosition() {
  return (
    <TimelineItem
      title={[profile.position, profile.department].filter(Boolean).join(', ')}
      period="Present"
      detail={
        <>
          {profile.university && <MaybeLink href={profile.university.url}>{profile.university.name}</MaybeLink>}
          {profile.supervisors.length > 0 && (
            <>
              {' '}
              · supervised by <PersonLinks people={profile.supervisors} />
            </>
          )}
        </>
      }
    />
  )
}
