import { MDXRemote, type MDXRemoteProps } from 'next-mdx-remote/rsc'
import { SmartLink } from '@/components/SmartLink'
import { rehypePlugins, remarkPlugins } from '@/lib/mdx'
import type { ComponentProps } from 'react'

type MDXComponents = NonNullable<MDXRemoteProps['components']>

/** The typed component map every MDX body renders with. */
const components = {
  a: ({ href = '', ...props }: ComponentProps<'a'>) => <SmartLink href={href} {...props} />,
} satisfies MDXComponents

export function Mdx({ source, className }: { source: string; className?: string }) {
  return (
    <div className={className ?? 'prose prose-zinc max-w-none dark:prose-invert prose-a:text-accent'}>
      <MDXRemote source={source} components={components} options={{ mdxOptions: { remarkPlugins, rehypePlugins } }} />
    </div>
  )
}
