import type { MetadataRoute } from 'next'
import { profile } from '@/lib/queries'
import { site } from '@/lib/site'

export const dynamic = 'force-static'

/**
 * The web manifest. A route of its own rather than app/manifest.ts, whose <link rel="manifest">
 * Next writes into every page's <head>, where the browser fetches it beside the stylesheet: the
 * link is added after the first paint instead (lib/theme-script.ts).
 */
export function GET() {
  const manifest: MetadataRoute.Manifest = {
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
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } })
}
