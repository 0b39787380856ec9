// Each page's <head>: title, description, canonical URL, OpenGraph and Twitter tags, in one helper.
import type { Metadata } from 'next'
import { ogImagePath } from './og'
import { absoluteUrl, feedTitle, site } from './site'

/** Open Graph's form of the site's language: en -> en_US, zh-Hant -> zh_TW (the likeliest region). */
const ogLocale = (() => {
  const tag = new Intl.Locale(site.locale).maximize()
  return `${tag.language}_${tag.region ?? 'US'}`
})()

/** Per-page metadata: title, description, canonical path, OpenGraph and Twitter card. Site-wide defaults live in the root layout. */
export function pageMetadata({
  title,
  description = site.description,
  path,
  type = 'website',
}: {
  title?: string
  description?: string
  path: string
  type?: 'website' | 'article'
}): Metadata {
  const card = title ?? site.title
  // Next resolves relative metadata URLs against a localhost default: without an address, no URLs.
  if (site.url === undefined) {
    return {
      ...(title ? { title } : {}),
      description,
      openGraph: { title: card, description, siteName: site.title, locale: ogLocale, type },
    }
  }
  return {
    ...(title ? { title } : {}),
    description,
    // Next merges metadata shallowly: a page's `alternates` replaces the layout's, so the feed link lives here.
    // URLs are absolute here: Next resolves "/x" against metadataBase's origin and would drop a base path.
    alternates: {
      canonical: absoluteUrl(path),
      types: { 'application/atom+xml': [{ url: absoluteUrl('/feed.xml'), title: feedTitle }] },
    },
    openGraph: {
      title: card,
      description,
      url: absoluteUrl(path),
      siteName: site.title,
      locale: ogLocale,
      type,
      images: [{ url: absoluteUrl(ogImagePath(path)), width: 1200, height: 630, alt: card }],
    },
    twitter: { card: 'summary_large_image', title: card, description, images: [absoluteUrl(ogImagePath(path))] },
  }
}
