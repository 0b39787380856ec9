// Jekyll's _posts/ of either shape as posts: the date from the front matter or the file name, the
// old address from the post's permalink or the site's pattern, a summary from its excerpt or
// description (else its first paragraph), tags and categories as tags.
import { basename, join } from 'node:path'
import { collectionRead, type ExtraCollection } from './collections'
import { stripLiquid } from './markdown'
import { collection, isoDay, list, oldAddress, plainHtml, type Plan, readJekyll, text, unreadFields } from './plan'

/** How a theme writes its posts. */
export interface PostShape {
  /** _config.yml's permalink pattern, e.g. /:categories/:title/ or /blog/:year/:title/. */
  pattern: string
  /** The front matter fields read; any other is reported. */
  fields: string[]
  /** The :categories of the pattern, as path segments. */
  categories: (data: Record<string, unknown>) => string[]
  /** The post's own tags (its categories are added). */
  tags: (data: Record<string, unknown>) => unknown[]
  /** Why a file of _posts/ is not a post, if it is not. */
  skip?: (data: Record<string, unknown>) => string | undefined
  picturePath: (path: string) => string
  /** Collections of the site's own read as posts, with their address patterns. */
  extra?: readonly ExtraCollection[]
}

export function readPosts(plan: Plan, shape: PostShape): void {
  const files = [
    ...collection(plan.root, '_posts').map((file) => ({ file, pattern: shape.pattern, read: [] as string[] })),
    ...(shape.extra ?? []).flatMap((c) =>
      collection(plan.root, c.folder).map((file) => ({ file, pattern: c.pattern, read: [collectionRead(c)] })),
    ),
  ]
  for (const { file, pattern, read } of files)
    plan.guard(file, () => {
      const { data, body: md } = readJekyll(join(plan.root, file))
      const notes: string[] = [...read]
      unreadFields(data, shape.fields, notes)
      const stem = basename(file).replace(/\.[a-z]+$/i, '')
      const m = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/.exec(stem)
      const date = isoDay(data.date) ?? (m ? `${m[1]}-${m[2]}-${m[3]}` : undefined)
      const title = text(data.title)
      if (plan.skipSample(file, title)) return
      if (!date || !title) {
        plan.record(file, 'not migrated', ['a post needs a title and a date (in its front matter or its file name)'])
        return
      }
      const skipped = shape.skip?.(data)
      if (skipped) {
        plan.record(file, 'not migrated', [skipped])
        return
      }
      const slugPart = m?.[4] ?? stem
      const [y, mo, d] = date.split('-')
      const old = oldAddress(data, pattern, {
        path: stem,
        year: y ?? '',
        month: mo ?? '',
        day: d ?? '',
        title: slugPart,
        slug: slugPart,
        categories: shape.categories(data).join('/'),
      }).map((p) => p.replace(/\/{2,}/g, '/'))
      const body = plan.mdx(md, notes, shape.picturePath)
      post(plan, file, { title, date, data: { ...data, tags: shape.tags(data) }, body, slug: slugPart, old, notes })
    })
}

/** A blog post of either shape: summary from its excerpt or description, else its first paragraph. */
function post(
  plan: Plan,
  source: string,
  p: {
    title: string
    date: string
    data: Record<string, unknown>
    body: string
    slug: string
    old: string[]
    notes: string[]
  },
): void {
  const summary =
    stripLiquid(plainHtml(text(p.data.excerpt) || text(p.data.description))) ||
    plainHtml(
      (
        p.body.split(/\n\s*\n/).find((para) => /[A-Za-z]/.test(para) && !/^\s*(#|!\[|<|\{\/\*|```|\|)/.test(para)) ??
        p.title
      )
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*_`\\]/g, ''),
    ).slice(0, 300)
  if (!text(p.data.excerpt) && !text(p.data.description))
    p.notes.push('summary: its first paragraph (the post had no excerpt)')
  const tags = [...list(p.data.tags), ...list(p.data.categories)]
    .flatMap((t) => (text(t).split(/\s+(?=\S)/).length > 3 ? [text(t)] : text(t).split(/,\s*/)))
    .map((t) => t.trim().toLowerCase().replace(/\s+/g, '-'))
    .filter(Boolean)
  const slug = plan.freeSlug('posts', p.slug)
  const data: Record<string, unknown> = { title: p.title, date: p.date, summary }
  if (tags.length > 0) data.tags = [...new Set(tags)]
  if (p.data.published === false) data.draft = true
  const old = p.old.filter((o) => o.replace(/\/?$/, '/') !== `/posts/${slug}/`)
  if (old.length > 0) data.redirectFrom = old
  plan.add({ folder: 'posts', slug, data, body: p.body, sources: [source] })
  plan.record(source, `content/posts/${slug}.mdx`, p.notes)
}
