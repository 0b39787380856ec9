import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { SiteFooter } from '@/components/SiteFooter'
import { ContentProblems } from '@/components/ContentProblems'
import { devContentProblems } from '@/lib/dev-status'
import { ICON_DATA_URL } from '@/lib/icon'
import { site } from '@/lib/site'
import { THEME_SCRIPT } from '@/lib/theme-script'
import './globals.css'

export const metadata: Metadata = {
  ...(site.url ? { metadataBase: new URL(`${site.url}${site.basePath}/`) } : {}),
  title: { default: site.title, template: `%s · ${site.title}` },
  description: site.description,
  applicationName: site.title,
  icons: {
    icon: [{ url: ICON_DATA_URL, type: 'image/svg+xml' }],
    apple: `${site.basePath}/apple-touch-icon.png`,
  },
  ...(site.env === 'preview' ? { robots: { index: false, follow: false } } : {}),
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#09090b' },
  ],
}

export default function RootLayout({ children }: { children: ReactNode }) {
  const problems = devContentProblems()
  return (
    <html lang={site.locale} suppressHydrationWarning>
      <head>
        <script
          data-site-script=""
          data-enhance={`${site.basePath}/enhance.js`}
          data-manifest={`${site.basePath}/manifest.webmanifest`}
          dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }}
        />
      </head>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-accent focus:shadow dark:focus:bg-zinc-900"
        >
          Skip to content
        </a>
        {site.env === 'preview' && (
          // A landmark of its own, so that a screen reader's landmark list has all the page.
          <aside
            aria-label="Preview"
            className="bg-amber-100 px-4 py-1.5 text-center text-sm font-medium text-amber-950"
          >
            Preview build: not the published site, and hidden from search engines.
          </aside>
        )}
        {problems.length > 0 ? <ContentProblems problems={problems} /> : children}
        <SiteFooter />
      </body>
    </html>
  )
}
