import { MathText } from '@/components/MathText'
import { ProjectStars } from '@/components/MetricFigure'
import { GitHubIcon, LinkIcon } from '@/components/icons'
import { PageHeader } from '@/components/PageHeader'
import { DocList } from '@/components/DocList'
import { PageShell } from '@/components/PageShell'
import { SmartLink } from '@/components/SmartLink'
import { profile, projects, projectPapers } from '@/lib/queries'
import { pageMetadata } from '@/lib/metadata'
import { LINK } from '@/components/link-style'

export const metadata = pageMetadata({
  title: 'Projects',
  description: `Open-source projects ${profile.name} has worked on.`,
  path: '/projects/',
})

/** "https://github.com/owner/repo" -> "github.com/owner/repo" */
function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '')
}

export default function ProjectsPage() {
  return (
    <PageShell current="/projects/" search="Page">
      <PageHeader title="Projects">
        <p>Open-source projects I have worked on.</p>
      </PageHeader>
      <DocList
        docs={projects()}
        className="grid gap-4 sm:grid-cols-2"
        itemClassName="flex min-w-0 flex-col rounded-lg border border-zinc-200 p-5 dark:border-zinc-800"
      >
        {(p) => (
          <>
            <h2 className="text-lg font-semibold text-zinc-950 dark:text-zinc-50">
              <SmartLink href={p.repository} className={LINK.quiet}>
                {p.name}
              </SmartLink>
            </h2>
            <p className="mt-1 flex-1 text-sm text-zinc-700 dark:text-zinc-300">{p.description}</p>
            {p.papers.length > 0 && (
              <p className="mt-2 text-sm">
                Papers:{' '}
                {projectPapers(p).map((paper, i) => (
                  <span key={paper.slug}>
                    {i > 0 && ', '}
                    <SmartLink href={paper.url} className={LINK.accent}>
                      <MathText text={paper.title} />
                    </SmartLink>
                  </span>
                ))}
              </p>
            )}
            <p className="mt-3 flex items-center gap-1.5 truncate text-xs text-zinc-600 dark:text-zinc-400">
              {p.repository.includes('github.com') ? (
                <GitHubIcon className="shrink-0" />
              ) : (
                <LinkIcon className="shrink-0" />
              )}
              <span className="truncate">{displayUrl(p.repository)}</span>
              <ProjectStars slug={p.slug} />
            </p>
          </>
        )}
      </DocList>
    </PageShell>
  )
}
