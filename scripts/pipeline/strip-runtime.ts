// Post-export: every exported page is already complete HTML and CSS, so Next's client runtime
// (React, the App Router, the RSC payload) only costs bytes and fights the enhancement script.
// This removes it from out/: runtime <script> tags, inline RSC payload scripts, script preloads,
// the RSC .txt files and the JavaScript chunks no page references any more. JSON-LD and the
// site's own scripts stay. KEEP_NEXT_RUNTIME=1 skips the step, for comparison.
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { SKIP, visit } from 'unist-util-visit'
import { filesBelow, sitePages } from '../shared/files'

/** Our own scripts: JSON-LD data, and scripts marked data-site-script (the enhancement and theme scripts). */
function isKept(node: Element): boolean {
  return node.properties.type === 'application/ld+json' || node.properties.dataSiteScript !== undefined
}

function strip(tree: Root, isRuntimeUrl: (url: unknown) => boolean): number {
  let removed = 0
  visit(tree, 'element', (node, index, parent) => {
    if (!parent || index === undefined) return
    const drop =
      (node.tagName === 'script' && !isKept(node)) ||
      (node.tagName === 'link' &&
        isRuntimeUrl(node.properties.href) &&
        (String(node.properties.rel).includes('preload') || String(node.properties.rel).includes('modulepreload')))
    if (drop) {
      parent.children.splice(index, 1)
      removed++
      return [SKIP, index]
    }
  })
  return removed
}

export function stripRuntime(out: string, basePath: string): string {
  if (process.env.KEEP_NEXT_RUNTIME === '1') return 'Next runtime kept (KEEP_NEXT_RUNTIME=1)'
  const isRuntimeUrl = (url: unknown) =>
    typeof url === 'string' && url.startsWith(`${basePath}/_next/`) && url.endsWith('.js')
  const files = filesBelow(out).map((f) => join(out, f))
  let pages = 0
  let scripts = 0
  for (const file of sitePages(out).map((f) => join(out, f))) {
    const tree = fromHtml(readFileSync(file, 'utf8'))
    const n = strip(tree, isRuntimeUrl)
    if (n > 0) {
      writeFileSync(file, toHtml(tree, { allowDangerousHtml: true }))
      pages++
      scripts += n
    }
  }

  // RSC payloads (index.txt, __next.*.txt): only the client router fetched them.
  const rsc = files.filter((f) => /(^|[\\/])(index|__next\.[^\\/]*)\.txt$/.test(f))
  for (const f of rsc) rmSync(f)

  // Runtime chunks no page references any more.
  const html = filesBelow(out)
    .map((f) => join(out, f))
    .filter((f) => f.endsWith('.html'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n')
  const chunks = files.filter((f) => f.startsWith(join(out, '_next')) && f.endsWith('.js'))
  let chunkBytes = 0
  for (const f of chunks) {
    const url = `${basePath}/${relative(out, f).split(sep).join('/')}`
    if (!html.includes(url)) {
      chunkBytes += statSync(f).size
      rmSync(f)
    }
  }

  return `Next runtime removed: ${scripts} script tags from ${pages} pages, ${rsc.length} RSC payload files, ${chunks.length} JS chunks (${Math.round(chunkBytes / 1024)} KiB)`
}
