// Each page's stylesheet, cut to the rules it uses and inlined. Tailwind's CSS holds the rules of
// every page (55 KB raw), and each page uses a third of it. PurgeCSS keeps, for each page, the rules
// its HTML can match, plus what the scripts add later (the theme, the search results), and the
// result replaces the page's <link> as a <style> element (write-csp then allows it by its hash).
// Measured on `/` (Lighthouse mobile, lantern): a linked stylesheet is one more round trip after the
// HTML (FCP about 780 ms); inlined, FCP about 670 ms, for 6 KB more HTML (11.5 KB gzipped in all).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PurgeCSS } from 'purgecss'
import { sitePages } from '../shared/files'

/** Selectors the HTML does not show but the scripts make true: the chosen theme, JavaScript on, search results. */
const SAFELIST = {
  // The search results are built by search.js: their rules and everything inside them.
  deep: [/^search-/],
  greedy: [/data-theme/, /data-js/, /data-enhanced/],
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name.toLowerCase()] ?? entity),
  )

/**
 * What a page's rules may match: every class in its class attributes, decoded and whole (Tailwind's
 * names hold colons, brackets, slashes and ">": sm:flex-row, bg-white/90, [&>source]:hidden), and
 * every attribute name and value (data-site-header="" gives data-site-header, for [data-site-header]).
 */
function candidates(html: string): string[] {
  const classes = [...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => decode(m[1] ?? '').split(/\s+/))
  const words = html.match(/[^<>"'`\s=]*[^<>"'`\s:=]/g) ?? []
  return [...classes, ...words]
}

const LINK = /<link rel="stylesheet" href="([^"]*\/_next\/static\/[^"]+\.css)"([^>]*)>/g

export async function inlineCss(out: string, basePath: string): Promise<string> {
  const pages = sitePages(out)
  const stylesheets = new Set<string>()
  const sizes = new Map<string, number>()
  let before = 0
  let after = 0
  for (const page of pages) {
    const path = join(out, page)
    const html = readFileSync(path, 'utf8')
    const links = [...html.matchAll(LINK)]
    if (links.length === 0) continue
    let next = html
    for (const [tag, href = ''] of links) {
      const file = join(out, href.slice(basePath.length))
      if (!existsSync(file)) throw new Error(`${page}: its stylesheet ${href} is not in ${out}`)
      stylesheets.add(file)
      const css = readFileSync(file, 'utf8')
      const [result] = await new PurgeCSS().purge({
        content: [{ raw: html, extension: 'html' }],
        defaultExtractor: candidates,
        css: [{ raw: css }],
        variables: true,
        keyframes: true,
        fontFace: true,
        safelist: SAFELIST,
        // The typography plugin's rules all say :not(:where([class~="not-prose"] *)): attribute
        // selectors on class are kept (PurgeCSS would drop them, as no element has that class).
        dynamicAttributes: ['class'],
      })
      if (!result) throw new Error(`${page}: PurgeCSS returned nothing for ${href}`)
      // Inline, a URL in the CSS would resolve against the page, and "</style" would end the element.
      if (/url\(|<\/style/i.test(result.css))
        throw new Error(`${page}: ${href} holds url() or "</style", which cannot be inlined as it is`)
      before += css.length
      after += result.css.length
      sizes.set(page, result.css.length)
      next = next.replace(tag, `<style>${result.css}</style>`)
    }
    writeFileSync(path, next)
  }
  // Nothing links the whole stylesheets any more.
  for (const file of stylesheets) rmSync(file)
  const pct = before === 0 ? 0 : Math.round((100 * after) / before)
  const largest = Math.max(0, ...sizes.values())
  return `${sizes.size} pages carry their rules inline (${pct}% of the stylesheet's bytes each on average; largest ${(largest / 1024).toFixed(1)} KB raw)`
}
