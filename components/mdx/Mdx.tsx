import { MDXRemote, type MDXRemoteProps } from 'next-mdx-remote/rsc'
import { Picture } from '@/components/Picture'
import { SmartLink } from '@/components/SmartLink'
import { rehypePlugins, remarkHeadingLevels, remarkPlugins } from '@/lib/mdx-plugins'
import type { ComponentProps } from 'react'

type MDXComponents = NonNullable<MDXRemoteProps['components']>

/** The typed component map every MDX body renders with. */
const components = {
  a: ({ href = '', ...props }: ComponentProps<'a'>) => <SmartLink href={href} {...props} />,
  // The content check allows only pictures under /images/ with alt text, so src and alt are there.
  img: ({ src, alt = '' }: ComponentProps<'img'>) =>
    typeof src === 'string' ? (
      <Picture src={src} alt={alt} sizes="(min-width: 768px) 728px, calc(100vw - 40px)" />
    ) : null,
} satisfies MDXComponents

/** `headingLevel`: what the body's highest heading becomes, one below the heading it is shown under. */
export function Mdx({
  source,
  className,
  headingLevel = 3,
}: {
  source: string
  className?: string
  headingLevel?: 2 | 3 | 4
}) {
  return (
    <div className={className ?? 'prose max-w-none prose-zinc dark:prose-invert prose-a:text-accent'}>
      <MDXRemote
        source={source}
        components={components}
        options={{
          mdxOptions: { remarkPlugins: [...remarkPlugins, remarkHeadingLevels(headingLevel)], rehypePlugins },
        }}
      />
    </div>
  )
}
