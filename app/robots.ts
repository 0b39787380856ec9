import type { MetadataRoute } from 'next'
import { absoluteUrl, site } from '@/lib/site'

export const dynamic = 'force-static'

export default function robots(): MetadataRoute.Robots {
  if (site.env === 'preview') return { rules: { userAgent: '*', disallow: '/' } }
  return { rules: { userAgent: '*', allow: '/' }, ...(site.url ? { sitemap: absoluteUrl('/sitemap.xml') } : {}) }
}
