import type { IdentityLink } from 'contentlayer/generated'
import { GitHubIcon, LinkIcon, MailIcon, ScholarIcon } from './icons'
import { profileLinkText } from '@/lib/format'
import { LinkChips } from './LinkChips'

function Icon({ kind }: { kind: IdentityLink['kind'] }) {
  if (kind === 'google-scholar') return <ScholarIcon />
  if (kind === 'github') return <GitHubIcon />
  if (kind === 'email') return <MailIcon />
  return <LinkIcon />
}

/** The profile's links as chips: an email one shows its address. */
export function IdentityLinks({ links }: { links: Pick<IdentityLink, 'kind' | 'url' | 'label'>[] }) {
  const chips = links.map((l) => ({ href: l.url, label: profileLinkText(l), icon: <Icon kind={l.kind} /> }))
  return <LinkChips chips={chips} shape="pill" />
}
