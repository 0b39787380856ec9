import type { ReactNode } from 'react'
import { SmartLink } from './SmartLink'
import { LINK } from './link-style'

/** A text link when there is a URL, plain text when there is none. */
export function MaybeLink({ href, children }: { href?: string | undefined; children: ReactNode }) {
  if (!href) return <>{children}</>
  return (
    <SmartLink href={href} className={LINK.accent}>
      {children}
    </SmartLink>
  )
}
