import { DocArticle } from '@/components/DocPage'
import type { Post } from 'contentlayer/generated'
import { MathText } from '@/components/MathText'
import { Mdx } from '@/components/mdx/Mdx'
import { SmartLink } from '@/components/SmartLink'
import { LINK } from '@/components/link-style'
import { dayLabel } from '@/lib/format'
import { pageMetadata } from '@/lib/metadata'
import { plainMath } from '@/lib/model/math'
import { postNeighbours, posts, readingMinutes } from '@/lib/queries'
import { docRoute } from '@/lib/doc-route'
import { blogPosting } from '@/lib/scholar'

export const dynamicParams = false

const route = docRoute(posts, (p) =>
  pageMetadata({ title: plainMath(p.title), description: plainMath(p.summary), path: p.url, type: 'article' }),
)
export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata

export default async function PostPage(props: PageProps<'/posts/[slug]'>) {
  const p = await route.doc(props)
  const date = dayLabel(p.date)
  const updated = p.updated ? dayLabel(p.updated) : undefined
  const { newer, older } = postNeighbours(p)
  return (
    <DocArticle
      section="/posts/"
      back="All posts"
      search="Post"
      doc={p}
      jsonLd={blogPosting(p)}
      after={(newer || older) && <Neighbours newer={newer} older={older} />}
    >
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
    </DocArticle>
  )
}

/** Links to the previous and the next post, when there are. */
function Neighbours({ newer, older }: { newer?: Post; older?: Post }) {
  return (
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
  )
}
