import type { IdentityLink } from 'contentlayer/generated'
import { GitHubIcon, LinkIcon, MailIcon, ScholarIcon } from './icons'
import { identityLabel } from '@/lib/format'
import { SmartLink } from './SmartLink'

function Icon({ kind }: { kind: IdentityLink['kind'] }) {
  if (kind === 'google-scholar') return <ScholarIcon />
  if (kind === 'github') return <GitHubIcon />
  if (kind === 'email') return <MailIcon />
  return <LinkIcon />
}

export function IdentityLinks({ links }: { links: IdentityLink[] }) {
  if (links.length === 0) return null
  return (
    <ul className="flex flex-wrap gap-2">
      {links.map((link) => (
        <li key={link.url}>
          <SmartLink
            href={link.url}
            className="inline-flex items-center gap-1.5 rounded-full border border-zinc-300 px-3 py-1 text-sm font-medium text-zinc-700 transition-colors hover:border-accent hover:text-accent dark:border-zinc-700 dark:text-zinc-300"
          >
            <Icon kind={link.kind} />
            {identityLabel(link.kind)}
          </SmartLink>
        </li>
      ))}
    </ul>
  )
}
