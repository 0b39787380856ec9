// Static redirect pages for old addresses (documents' redirectFrom, lib/redirects.ts), as
// jekyll-redirect-from writes them: noindex, a canonical link to the target, a meta refresh and a
// link, each to the target's path under the base path (not a relative one: a host may serve
// /a/x from x.html or from x/index.html, and a relative link resolves differently from each);
// and the site's icon, without which browsers ask for /favicon.ico (which the export has not).
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { redirects } from '../../lib/redirects'
import { absoluteUrl, site } from '../../lib/site'

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

export function writeRedirects(out: string): string {
  const all = redirects()
  for (const { from, to } of all) for (const path of servedAs(from)) writeRedirect(out, path, to)
  if (all.length === 0) return 'no old addresses'
  return `${all.length} redirect pages: ${all
    .slice(0, 5)
    .map((r) => `${r.from} -> ${r.to}`)
    .join(', ')}${all.length > 5 ? ', …' : ''}`
}

/**
 * The files a host serves an old address from: /a/ and /a.html are one file each; Jekyll's
 * extensionless /publication/x is x.html on GitHub Pages and x/index.html on a host that adds
 * trailing slashes (Vercel with trailingSlash), so it gets both.
 */
function servedAs(from: string): string[] {
  if (from.endsWith('/') || /\.[a-z0-9]+$/i.test(from)) return [from]
  return [`${from}.html`, `${from}/`]
}

function writeRedirect(out: string, from: string, to: string) {
  const file = join(out, ...from.split('/').filter(Boolean), ...(from.endsWith('/') ? ['index.html'] : []))
  const href = escape(`${site.basePath}${to}`)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(
    file,
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Moved</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escape(absoluteUrl(to))}">
<link rel="icon" href="${escape(`${site.basePath}/icon.svg`)}" type="image/svg+xml">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<p>This page has moved: <a href="${href}">continue</a>.</p>
</body>
</html>
`,
  )
}
