import { notFound } from 'next/navigation'
import type { Metadata } from 'next'
import { DocTitle } from '@/components/DocPage'
import { JsonLd } from '@/components/JsonLd'
import { MathText } from '@/components/MathText'
import { Mdx } from '@/components/mdx/Mdx'
import { PageShell } from '@/components/PageShell'
import { SmartLink } from '@/components/SmartLink'
import { LINK } from '@/components/link-style'
import { dayLabel } from '@/lib/format'
import { pageMetadata } from '@/lib/metadata'
import { plainMath } from '@/lib/model/math'
import { docOfParams, postNeighbours, posts, readingMinutes, slugParams } from '@/lib/queries'
import { blogPosting } from '@/lib/scholar'

export const dynamicParams = false

export function generateStaticParams() {
  return slugParams(posts())
}

export async function generateMetadata(props: PageProps<'/posts/[slug]'>): Promise<Metadata> {
  const p = await docOfParams(props.params, posts())
  if (!p) return {}
  return pageMetadata({ title: plainMath(p.title), description: plainMath(p.summary), path: p.url, type: 'article' })
}

export default async function PostPage(props: PageProps<'/posts/[slug]'>) {
  const p = await docOfParams(props.params, posts())
  if (!p) notFound()
  const date = dayLabel(p.date)
  const updated = p.updated ? dayLabel(p.updated) : undefined
  const { newer, older } = postNeighbours(p)
  return (
    <PageShell current="/posts/" search="Post">
      <JsonLd data={blogPosting(p)} />
      <article data-doc={p._raw.sourceFilePath}>
        <DocTitle back={{ href: '/posts/', label: 'All posts' }}>
          <MathText text={p.title} />
        </DocTitle>
        <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
          <time dateTime={date.iso}>{date.label}</time>
          {updated && (
            <>
              {' · updated '}
              <time dateTime={updated.iso}>{updated.label}</time>
            </>
          )}
          {` · ${readingMinutes(p)} min read`}
          {p.tags.length > 0 && <> · {p.tags.join(', ')}</>}
          {p.draft && (
            <strong className="ml-2 text-amber-700 dark:text-amber-400">Draft (shown in development only)</strong>
          )}
        </p>
        <div className="mt-8">
          <Mdx source={p.body.raw} headingLevel={2} />
        </div>
      </article>
      {(newer || older) && (
        <nav
          aria-label="More posts"
          className="mt-12 grid gap-4 border-t border-zinc-200 pt-6 text-sm sm:grid-cols-2 dark:border-zinc-800"
        >
          {older && (
            <p>
              <span className="block text-zinc-600 dark:text-zinc-400">Previous</span>
              <SmartLink href={older.url} rel="prev" className={LINK.accent}>
                <MathText text={older.title} />
              </SmartLink>
            </p>
          )}
          {newer && (
            <p className="sm:col-start-2 sm:text-right">
              <span className="block text-zinc-600 dark:text-zinc-400">Next</span>
              <SmartLink href={newer.url} rel="next" className={LINK.accent}>
                <MathText text={newer.title} />
              </SmartLink>
            </p>
          )}
        </nav>
      )}
    </PageShell>
  )
}
