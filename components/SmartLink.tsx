import Link from 'next/link'
import type { AnchorHTMLAttributes } from 'react'
import { isExternal } from '@/lib/format'

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }

/**
 * The one link component: internal paths go through next/link (which adds the base path),
 * other origins get rel="noopener noreferrer". Fragments and mailto: stay plain anchors.
 */
export function SmartLink({ href, children, rel, ...rest }: Props) {
  if (href.startsWith('#')) {
    return (
      <a href={href} {...rest}>
        {children}
      </a>
    )
  }
  if (isExternal(href)) {
    const relValue = href.startsWith('mailto:') ? rel : [rel, 'noopener noreferrer'].filter(Boolean).join(' ')
    return (
      <a href={href} rel={relValue} {...rest}>
        {children}
      </a>
    )
  }
  return (
    <Link href={href} prefetch={false} rel={rel} {...rest}>
      {children}
    </Link>
  )
}
