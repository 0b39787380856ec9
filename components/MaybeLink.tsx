import type { ReactNode } from 'react'
import { SmartLink } from './SmartLink'
import { LINK } from './link-style'

/** A text link when there is a URL, plain text when there is none; `quiet` for a title (underlined on hover only). */
export function MaybeLink({
  href,
  quiet = false,
  children,
}: {
  href?: string | undefined
  quiet?: boolean
  children: ReactNode
}) {
  if (!href) return <>{children}</>
  return (
    <SmartLink href={href} className={quiet ? LINK.quiet : LINK.accent}>
      {children}
    </SmartLink>
  )
}
