import type { Publication } from 'contentlayer/generated'
import { PublicationItem } from './PublicationItem'

/** Papers as a plain list (the home page's selection, a talk's papers). */
export function PublicationList({ papers }: { papers: Publication[] }) {
  return (
    <ul className="space-y-6">
      {papers.map((p) => (
        <li key={p.slug}>
          <PublicationItem publication={p} />
        </li>
      ))}
    </ul>
  )
}
