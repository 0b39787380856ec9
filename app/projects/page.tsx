import type { Project } from 'contentlayer/generated'
import { MaybeLink } from '@/components/MaybeLink'
import { ProjectStars } from '@/components/MetricFigure'
import { GitHubIcon, LinkIcon } from '@/components/icons'
import { PageHeader, Section } from '@/components/PageHeader'
import { DocList } from '@/components/DocList'
import { PageShell } from '@/components/PageShell'
import { Picture } from '@/components/Picture'
import { SmartLink } from '@/components/SmartLink'
import { profile, projectHref, projectsByCategory } from '@/lib/queries'
import { ProjectPapers } from '@/components/ProjectPapers'
import { pageMetadata } from '@/lib/metadata'
import { slug } from '@/lib/model/slug'
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

const GRID = 'grid gap-4 sm:grid-cols-2'
const CARD = 'flex min-w-0 flex-col rounded-lg border border-zinc-200 p-5 dark:border-zinc-800'

export default function ProjectsPage() {
  const groups = projectsByCategory()
  const named = groups.some((g) => g.category)
  return (
    <PageShell current="/projects/" search="Page">
      <PageHeader title="Projects">
        <p>Open-source projects I have worked on.</p>
      </PageHeader>
      {named ? (
        groups.map((g) => (
          <Section key={g.category ?? ''} id={slug(g.category ?? 'other') || 'other'} title={g.category ?? 'Other'}>
            <DocList docs={g.items} className={GRID} itemClassName={CARD}>
              {(p) => <ProjectCard project={p} level={3} />}
            </DocList>
          </Section>
        ))
      ) : (
        <DocList docs={groups[0]?.items ?? []} className={GRID} itemClassName={CARD}>
          {(p) => <ProjectCard project={p} level={2} />}
        </DocList>
      )}
    </PageShell>
  )
}

/** A project's card: its picture, its name (to its page, repository or site), its line, papers and addresses. */
function ProjectCard({ project: p, level }: { project: Project; level: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3'
  const href = projectHref(p)
  return (
    <>
      {p.image && (
        <div className="-mx-5 -mt-5 mb-4">
          {/* The name follows: the picture adds nothing a screen reader should say twice. */}
          <Picture
            src={p.image}
            alt=""
            sizes="(min-width: 40rem) 22rem, 100vw"
            className="aspect-[16/9] h-auto w-full rounded-t-lg object-cover"
          />
        </div>
      )}
      <Heading className="text-lg font-semibold text-zinc-950 dark:text-zinc-50">
        <MaybeLink href={href} quiet>
          {p.name}
        </MaybeLink>
      </Heading>
      <p className="mt-1 flex-1 text-sm text-zinc-700 dark:text-zinc-300">{p.description}</p>
      {p.papers.length > 0 && (
        <p className="mt-2 text-sm">
          Papers: <ProjectPapers project={p} />
        </p>
      )}
      {p.repository && (
        <p className="mt-3 flex items-center gap-1.5 truncate text-xs text-zinc-600 dark:text-zinc-400">
          {p.repository.includes('github.com') ? (
            <GitHubIcon className="shrink-0" />
          ) : (
            <LinkIcon className="shrink-0" />
          )}
          <span className="truncate">{displayUrl(p.repository)}</span>
          <ProjectStars slug={p.slug} />
        </p>
      )}
      {p.website && href !== p.website && (
        <p className="mt-2 flex items-center gap-1.5 truncate text-xs">
          <LinkIcon className="shrink-0" />
          <SmartLink href={p.website} className={`truncate ${LINK.accent}`}>
            {displayUrl(p.website)}
          </SmartLink>
        </p>
      )}
    </>
  )
}
