import { plainMath } from '@/lib/model/math'
import { Feed, type Item } from 'feed'
import { news, newsTarget, placeLabel, posts, profile, publications, talks } from '@/lib/queries'
import { talkKindLabel, venueLabel } from '@/lib/format'
import { plainText } from '@/lib/plain-text'
import { absoluteUrl, feedTitle, site } from '@/lib/site'

export const dynamic = 'force-static'

const day = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`)
/** Atom requires a category's term; the label is what a reader shows. */
const categories = (...names: string[]) => names.map((name) => ({ term: name, name }))

/**
 * An Atom feed of publications, talks and news, newest first, each entry with its kind as a
 * category; without entries while the site has no address (they need absolute URLs).
 */
export function GET() {
  const items: Item[] = [
    ...publications().map((p) => ({
      title: plainMath(p.title),
      id: absoluteUrl(p.url),
      link: absoluteUrl(p.url),
      date: new Date(Date.UTC(p.year, (p.month ?? 1) - 1, 1)),
      description:
        (p.abstract && plainMath(p.abstract)) ||
        `${p.authors.map((a) => a.name).join(', ')}. ${venueLabel(p)}, ${p.year}.`,
      author: p.authors.map((a) => ({ name: a.name })),
      category: categories('publication', ...p.tags),
    })),
    ...talks().map((t) => ({
      title: plainMath(t.title),
      id: absoluteUrl(t.url),
      link: absoluteUrl(t.url),
      date: day(t.date),
      description: plainText(t.body.raw, 500) || `${talkKindLabel(t.kind)} at ${t.event.name}, ${placeLabel(t)}.`,
      author: [{ name: profile.name }],
      category: categories('talk', talkKindLabel(t.kind), ...t.tags),
    })),
    ...posts().map((p) => ({
      title: plainMath(p.title),
      id: absoluteUrl(p.url),
      link: absoluteUrl(p.url),
      date: day(p.date),
      description: plainMath(p.summary),
      author: [{ name: profile.name }],
      category: categories('post', ...p.tags),
    })),
    ...news().map((n) => ({
      title: plainText(n.body.raw, 100),
      id: absoluteUrl(`/news/#${n.slug}`),
      link: absoluteUrl(newsTarget(n)?.href ?? `/news/#${n.slug}`),
      date: day(n.date),
      description: plainText(n.body.raw),
      author: [{ name: profile.name }],
      category: categories('news'),
    })),
  ].sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title, 'en'))

  const feed = new Feed({
    title: feedTitle,
    description: site.description,
    id: absoluteUrl('/'),
    link: absoluteUrl('/'),
    language: site.locale,
    copyright: profile.name,
    updated: items[0]?.date ?? new Date(0),
    feedLinks: { atom: absoluteUrl('/feed.xml') },
    author: { name: profile.name, link: absoluteUrl('/') },
  })
  for (const item of site.url ? items : []) feed.addItem({ ...item, published: item.date })
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
