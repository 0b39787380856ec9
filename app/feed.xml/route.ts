import { Feed } from 'feed'
import { profile, publications } from '@/lib/queries'
import { venueLabel } from '@/lib/format'
import { absoluteUrl, site } from '@/lib/site'

export const dynamic = 'force-static'

/** An Atom feed of the publications, newest first; without entries while the site has no address (they need absolute URLs). */
export function GET() {
  const papers = publications()
  const dated = (p: (typeof papers)[number]) => new Date(Date.UTC(p.year, (p.month ?? 1) - 1, 1))
  const feed = new Feed({
    title: `${site.title}: publications`,
    description: site.description,
    id: absoluteUrl('/publications/'),
    link: absoluteUrl('/publications/'),
    language: site.locale,
    copyright: profile.name,
    updated: papers[0] ? dated(papers[0]) : new Date(0),
    feedLinks: { atom: absoluteUrl('/feed.xml') },
    author: { name: profile.name, link: absoluteUrl('/') },
  })
  for (const p of site.url ? papers : []) {
    feed.addItem({
      title: p.title,
      id: absoluteUrl(p.url),
      link: absoluteUrl(p.url),
      date: dated(p),
      description: p.abstract ?? `${p.authors.map((a) => a.name).join(', ')}. ${venueLabel(p)}, ${p.year}.`,
      author: p.authors.map((a) => ({ name: a.name })),
      category: p.tags.map((t) => ({ name: t })),
    })
  }
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
