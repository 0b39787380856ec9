import type { MetadataRoute } from 'next'
import { profile } from '@/lib/queries'
import { site } from '@/lib/site'

export const dynamic = 'force-static'

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: site.title,
    short_name: profile.name,
    description: site.description,
    start_url: `${site.basePath}/`,
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#1d4ed8',
    icons: [
      { src: `${site.basePath}/icon.svg`, sizes: 'any', type: 'image/svg+xml' },
      { src: `${site.basePath}/apple-touch-icon.png`, sizes: '180x180', type: 'image/png' },
    ],
  }
}
