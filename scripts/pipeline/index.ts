// The post-export pipeline: what `npm run build` runs after `next build`, in this order. A new
// build step is a module in this folder and one line in STEPS.
import { NO_ADDRESS_WARNING } from '../../lib/env'
import { site } from '../../lib/site'
import { checkMetrics } from './check-metrics'
import { dropEmptySections } from './drop-empty-sections'
import { indexSearch } from './index-search'
import { inlineCss } from './inline-css'
import { stripRuntime } from './strip-runtime'
import { verifyExport } from './verify-export'
import { writeCsp } from './write-csp'
import { writeImages } from './write-images'
import { writeKatex } from './write-katex'
import { writeRedirects } from './write-redirects'

const OUT = 'out'

const STEPS: readonly [name: string, step: () => string | Promise<string>][] = [
  // Talks and news have no pages until the author adds one.
  ['drop-empty-sections', () => dropEmptySections(OUT)],
  // Pages are complete HTML: Next's client runtime only costs bytes.
  ['strip-runtime', () => stripRuntime(OUT, site.basePath)],
  // Each page's stylesheet cut to the rules it uses, inlined.
  ['inline-css', () => inlineCss(OUT, site.basePath)],
  // AVIF/WebP copies of every picture, where the pages' <picture> markup points.
  ['write-images', () => writeImages(OUT)],
  // KaTeX's stylesheet, on the pages with math only.
  ['write-katex', () => writeKatex(OUT, site.basePath)],
  // Pages for old addresses.
  ['write-redirects', () => writeRedirects(OUT)],
  // Every page's Content-Security-Policy, its inline style and scripts by hash: after the last step that writes pages.
  ['write-csp', () => writeCsp(OUT)],
  // The dated figures shown (data/metrics.json): a warning when they are old.
  ['check-metrics', () => checkMetrics()],
  // The search index, from the finished pages.
  ['index-search', () => indexSearch(OUT)],
  // Last: every content file is exactly one entry in what was written.
  ['verify-export', () => verifyExport(OUT)],
]

for (const [name, step] of STEPS) {
  const started = performance.now()
  try {
    const summary = await step()
    console.log(`${name} (${Math.round(performance.now() - started)} ms): ${summary}`)
  } catch (error) {
    console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
}

if (site.url === undefined) {
  const rule = '!'.repeat(78)
  console.warn(`\n${rule}\n  ${NO_ADDRESS_WARNING}\n${rule}\n`)
}
