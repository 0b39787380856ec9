import type { IdentityLink } from 'contentlayer/generated'
import { GitHubIcon, LinkIcon, MailIcon, ScholarIcon } from './icons'
import { identityLabel } from '@/lib/format'
import { LinkChips } from './LinkChips'

function Icon({ kind }: { kind: IdentityLink['kind'] }) {
  if (kind === 'google-scholar') return <ScholarIcon />
  if (kind === 'github') return <GitHubIcon />
  if (kind === 'email') return <MailIcon />
  return <LinkIcon />
}

export function IdentityLinks({ links }: { links: IdentityLink[] }) {
  const chips = links.map((l) => ({ href: l.url, label: identityLabel(l.kind), icon: <Icon kind={l.kind} /> }))
  return <LinkChips chips={chips} shape="pill" />
}
