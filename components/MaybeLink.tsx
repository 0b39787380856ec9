import type { ReactNode } from 'react'
import { SmartLink } from './SmartLink'

/** A text link when there is a URL, plain text when there is none. */
export function MaybeLink({ href, children }: { href?: string | undefined; children: ReactNode }) {
  if (!href) return <>{children}</>
  return (
    <SmartLink href={href} className="text-accent underline decoration-accent/40 underline-offset-2 hover:decoration-2">
      {children}
    </SmartLink>
  )
}
