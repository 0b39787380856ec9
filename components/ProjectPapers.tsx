import type { Project } from 'contentlayer/generated'
import { MathText } from './MathText'
import { SmartLink } from './SmartLink'
import { LINK } from './link-style'
import { projectPapers } from '@/lib/queries'

/** A project's papers, each its title linked to its page, comma-separated. */
export function ProjectPapers({ project }: { project: Project }) {
  return (
    <>
      {projectPapers(project).map((paper, i) => (
        <span key={paper.slug}>
          {i > 0 && ', '}
          <SmartLink href={paper.url} className={LINK.accent}>
            <MathText text={paper.title} />
          </SmartLink>
        </span>
      ))}
    </>
  )
}
