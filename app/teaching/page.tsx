import { PageHeader } from '@/components/PageHeader'
import { PageShell } from '@/components/PageShell'
import { Timeline, TimelineItem } from '@/components/Timeline'
import { profile, teachings } from '@/lib/queries'
import { termLabel } from '@/lib/format'
import { Mdx } from '@/components/mdx/Mdx'
import { pageMetadata } from '@/lib/metadata'

export const metadata = pageMetadata({
  title: 'Teaching',
  description: `Courses ${profile.name} has taught.`,
  path: '/teaching/',
})

export default function TeachingPage() {
  return (
    <PageShell current="/teaching/" search="Page">
      <PageHeader title="Teaching" />
      <Timeline>
        {teachings().map((t) => (
          <TimelineItem
            key={t.slug}
            doc={t._raw.sourceFilePath}
            headingLevel={2}
            title={
              <>
                {t.courseCode && (
                  <>
                    <span className="font-mono text-sm text-zinc-600 dark:text-zinc-400">{t.courseCode}</span>{' '}
                  </>
                )}
                {t.courseTitle}
              </>
            }
            detail={[t.role, t.institution].filter(Boolean).join(', ')}
            period={termLabel(t)}
          >
            {t.body.raw.trim() && (
              <div className="mt-2">
                <Mdx source={t.body.raw} headingLevel={4} />
              </div>
            )}
          </TimelineItem>
        ))}
      </Timeline>
    </PageShell>
  )
}
