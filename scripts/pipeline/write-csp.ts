// Every page's Content-Security-Policy, as a <meta> at the top of its <head>: the page's own inline
// <style> (inline-css) and inline scripts (the theme script) allowed by their SHA-256 hashes, and
// nothing inline besides (no 'unsafe-inline' for elements). In the page, it protects the site on
// every host, GitHub Pages, Netlify and Cloudflare included, which send no headers of ours; it is
// written at build time because the inlined rules, and so their hashes, change with the content.
// vercel.json's header policy adds what a <meta> cannot carry (frame-ancestors,
// upgrade-insecure-requests on an HTTPS-only host) and guards files that are not pages; it leaves
// styles to this one, since a header naming style-src could not know the hashes.
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { SEARCH_PAGE } from '../../lib/site'
import { sitePages } from '../shared/files'

/** The directives of every page; script-src and style-src gain the page's hashes. */
const BASE: readonly (readonly [directive: string, ...sources: string[]])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  // KaTeX and Shiki write style attributes (colours, sizes): attributes only, never elements.
  ['style-src-attr', "'unsafe-inline'"],
  ['img-src', "'self'", 'data:'],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
]

/** The text of each inline element the policy governs: scripts that run (not JSON-LD data) and styles. */
function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs = '']) => !/\bsrc=/i.test(attrs) && !/type="application\/ld\+json"/i.test(attrs))
    .map(([, , code = '']) => code)
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, css = '']) => css)
  return { scripts, styles }
}

/** A CSP hash source for an inline element's text. */
export const hashSource = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`

/** The policy of one page (its path under out/), allowing exactly its inline scripts and styles. */
export function pagePolicy(page: string, html: string): string {
  const { scripts, styles } = inlineCode(html)
  // Pagefind runs WebAssembly on the search page alone.
  const search = page.split('\\').join('/') === `${SEARCH_PAGE.href.slice(1)}index.html`
  const extra: Record<string, string[]> = {
    'script-src': [...(search ? ["'wasm-unsafe-eval'"] : []), ...new Set(scripts.map(hashSource))],
    'style-src': [...new Set(styles.map(hashSource))],
  }
  return BASE.map(([directive, ...sources]) => [directive, ...sources, ...(extra[directive] ?? [])].join(' ')).join(
    '; ',
  )
}

const META = /<meta http-equiv="Content-Security-Policy"[^>]*>/

export function writeCsp(out: string): string {
  const pages = sitePages(out)
  let hashes = 0
  for (const page of pages) {
    const path = join(out, page)
    const html = readFileSync(path, 'utf8')
    if (META.test(html)) throw new Error(`${page} already has a Content-Security-Policy <meta>`)
    const charset = /<meta charset="utf-8"\/?>/i.exec(html)
    if (!charset) throw new Error(`${page}: no <meta charset="utf-8"> to put the policy after`)
    const policy = pagePolicy(page, html)
    hashes += (policy.match(/'sha256-/g) ?? []).length
    const at = charset.index + charset[0].length
    // First in <head> after the charset: a policy governs only what comes after it.
    writeFileSync(
      path,
      `${html.slice(0, at)}<meta http-equiv="Content-Security-Policy" content="${policy}">${html.slice(at)}`,
    )
  }
  return `${pages.length} pages carry their policy (${hashes} inline elements allowed by hash)`
}
