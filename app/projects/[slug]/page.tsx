import { DocArticle, Facts } from '@/components/DocPage'
import { ProjectPapers } from '@/components/ProjectPapers'
import { Picture } from '@/components/Picture'
import { SmartLink } from '@/components/SmartLink'
import { LINK } from '@/components/link-style'
import { Mdx } from '@/components/mdx/Mdx'
import { docRoute } from '@/lib/doc-route'
import { pageMetadata } from '@/lib/metadata'
import { projectPage, projectPapers, projectsWithPages } from '@/lib/queries'
import { projectWork } from '@/lib/scholar'

export const dynamicParams = false

// A project with a body: its picture, facts and the body (projects without one are cards on /projects/ only).
const route = docRoute(projectsWithPages, (p) =>
  pageMetadata({ title: p.name, description: p.description, path: projectPage(p) ?? '/projects/', type: 'article' }),
)
export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata

export default async function ProjectPage(props: PageProps<'/projects/[slug]'>) {
  const p = await route.doc(props)
  const papers = projectPapers(p)
  return (
    <DocArticle
      section="/projects/"
      back="All projects"
      search="Project"
      doc={{ title: p.name, _raw: p._raw }}
      jsonLd={projectWork(p)}
    >
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{p.description}</p>
      <Facts
        rows={[
          ['Category', p.category],
          [
            'Repository',
            p.repository && (
              <SmartLink key="repo" href={p.repository} className={LINK.accent}>
                {p.repository.replace(/^https?:\/\//, '')}
              </SmartLink>
            ),
          ],
          [
            'Website',
            p.website && (
              <SmartLink key="site" href={p.website} className={LINK.accent}>
                {p.website.replace(/^https?:\/\//, '')}
              </SmartLink>
            ),
          ],
          ['Papers', papers.length > 0 && <ProjectPapers key="papers" project={p} />],
        ]}
      />
      {p.image && (
        <div className="mt-6">
          <Picture
            src={p.image}
            alt={p.imageAlt ?? p.name}
            sizes="(min-width: 48rem) 43rem, 100vw"
            className="h-auto w-full rounded ring-1 ring-zinc-200 dark:ring-zinc-800"
            eager
          />
        </div>
      )}
      <div className="mt-8">
        <Mdx source={p.body.raw} headingLevel={2} />
      </div>
    </DocArticle>
  )
}
