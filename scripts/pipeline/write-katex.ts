// KaTeX's stylesheet and fonts, self-hosted from the katex npm package and linked only by the
// pages that hold math: the build renders formulas to HTML (lib/mdx-plugins.ts, MathText), and
// this step finds them in out/ (class="katex") and adds the stylesheet to those pages alone.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { sitePages } from '../shared/files'

/** Where the stylesheet and fonts go under out/. */
export const KATEX_DIR = 'katex'

export function writeKatex(out: string, basePath: string): string {
  const pages = sitePages(out)
  const withMath = pages.filter((f) => readFileSync(join(out, f), 'utf8').includes('class="katex"'))
  if (withMath.length === 0) return 'no page holds math: no KaTeX stylesheet'

  const dist = dirname(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'))
  mkdirSync(join(out, KATEX_DIR, 'fonts'), { recursive: true })
  // font-display: swap (text shows at once), and WOFF2 only: every browser the site supports reads it.
  const css = readFileSync(join(dist, 'katex-swap.min.css'), 'utf8').replace(
    /,url\(fonts\/[^)]+\.(?:woff|ttf)\) format\("(?:woff|truetype)"\)/g,
    '',
  )
  if (/\.(?:woff|ttf)\)/.test(css)) throw new Error('KaTeX stylesheet: a font other than WOFF2 is still referenced')
  writeFileSync(join(out, KATEX_DIR, 'katex.min.css'), css)
  const fonts = readdirSync(join(dist, 'fonts')).filter((f) => f.endsWith('.woff2'))
  for (const f of fonts) copyFileSync(join(dist, 'fonts', f), join(out, KATEX_DIR, 'fonts', f))

  const link = `<link rel="stylesheet" href="${basePath}/${KATEX_DIR}/katex.min.css" data-katex=""/>`
  for (const f of withMath) {
    const path = join(out, f)
    const html = readFileSync(path, 'utf8')
    if (!html.includes('</head>')) throw new Error(`${f}: no </head> to add the KaTeX stylesheet to`)
    // Search reads a formula once, from its MathML: not also from KaTeX's visual copy and TeX source.
    const searchable = html
      .replaceAll(
        '<span class="katex-html" aria-hidden="true">',
        '<span class="katex-html" aria-hidden="true" data-pagefind-ignore="">',
      )
      .replaceAll(
        '<annotation encoding="application/x-tex">',
        '<annotation encoding="application/x-tex" data-pagefind-ignore="">',
      )
    writeFileSync(path, searchable.replace('</head>', `${link}</head>`))
  }
  return `KaTeX stylesheet and ${fonts.length} WOFF2 fonts, linked by ${withMath.length} of ${pages.length} pages (those with math)`
}
