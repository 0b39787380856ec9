import { paperLinks } from '@/lib/format'
import type { Publication } from 'contentlayer/generated'
import { LinkChips } from './LinkChips'

export function PaperLinks({
  publication,
  size = 'sm',
}: {
  publication: Pick<Publication, 'links' | 'title'>
  size?: 'sm' | 'md'
}) {
  return <LinkChips chips={paperLinks(publication).map((l) => ({ href: l.href, label: l.label }))} shape={size} />
}
