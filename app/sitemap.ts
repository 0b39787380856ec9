import type { MetadataRoute } from 'next'
import { publications } from '@/lib/content'
import { absoluteUrl, site } from '@/lib/site'

export const dynamic = 'force-static'

/** Every page of the site. */
export default function sitemap(): MetadataRoute.Sitemap {
  return [...site.nav.map((item) => item.href), ...publications().map((p) => `/publications/${p.slug}/`)].map((path) => ({
    url: absoluteUrl(path),
  }))
}
