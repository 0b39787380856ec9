import type { MetadataRoute } from 'next'
import { pages, posts, projectPage, projectsWithPages, publications, talks } from '@/lib/queries'
import { absoluteUrl, site } from '@/lib/site'

export const dynamic = 'force-static'

/** Every page of the site; none while the site has no address (a sitemap holds absolute URLs only). */
export default function sitemap(): MetadataRoute.Sitemap {
  if (site.url === undefined) return []
  return [
    ...site.sections.map((item) => item.href),
    ...publications().map((p) => p.url),
    ...talks().map((t) => t.url),
    ...posts().map((p) => p.url),
    ...pages().map((p) => p.url),
    ...projectsWithPages().flatMap((p) => projectPage(p) ?? []),
  ].map((path) => ({
    url: absoluteUrl(path),
  }))
}
