// After the export: every internal href and src in out/ resolves to a file in out/, and every
// #fragment to an element id on its target page (external URLs are not fetched: no network); every
// inline script and style is allowed by its page's policy; every page of the site is valid HTML.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fromHtml } from 'hast-util-from-html'
import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'
import { parseArgs } from 'node:util'
import { site } from '../lib/site'
import { sitePages } from './shared/files'
import { vercelHeadersFor } from './shared/json'
import { hashSource } from './pipeline/write-csp'
import { formatterFactory, HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate'

const OUT = parseArgs({ options: { out: { type: 'string', default: 'out' } } }).values.out
const { basePath, url: origin } = site

const trees = new Map<string, Root>()
function tree(file: string): Root {
  let t = trees.get(file)
  if (!t) trees.set(file, (t = fromHtml(readFileSync(file, 'utf8'))))
  return t
}

function idsOf(file: string): Set<string> {
  const ids = new Set<string>()
  visit(tree(file), 'element', (node) => {
    for (const key of ['id', 'name'] as const) {
      const v = node.properties[key]
      if (typeof v === 'string') ids.add(v)
    }
  })
  return ids
}

/** The file in out/ a site path is served from, or undefined. */
function resolve(pathname: string): string | undefined {
  let path = decodeURIComponent(pathname)
  if (basePath) {
    if (!(path === basePath || path.startsWith(`${basePath}/`))) return undefined
    path = path.slice(basePath.length) || '/'
  }
  const parts = path.split('/').filter(Boolean)
  const candidates = path.endsWith('/')
    ? [join(OUT, ...parts, 'index.html')]
    : [join(OUT, ...parts), join(OUT, ...parts, 'index.html'), `${join(OUT, ...parts)}.html`]
  return candidates.find((c) => existsSync(c) && statSync(c).isFile())
}

const ATTRS: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
}
const problems: string[] = []
let checked = 0
let inline = 0
const files = sitePages(OUT).map((f) => join(OUT, f))
// vercel.json's Content-Security-Policy allows inline scripts by hash only: each one in out/ must be listed there too.
const csp = vercelHeadersFor('/')['content-security-policy'] ?? ''

/** Every internal URL the element names (href, src, each srcset candidate) resolves, #fragments included. */
function checkUrls(file: string, pageUrl: URL, node: Element): void {
  const found = (ATTRS[node.tagName] ?? []).map((attr) => [attr, node.properties[attr]] as const)
  // srcset: "url 320w, url 640w": each candidate URL must resolve too.
  if (typeof node.properties.srcSet === 'string')
    for (const c of node.properties.srcSet.split(/,\s+/)) found.push(['srcset', c.trim().split(/\s+/)[0]])
  for (const [attr, value] of found) {
    if (typeof value !== 'string') continue
    if (/^(mailto:|tel:|data:)/i.test(value)) continue
    if (value === '#' || value === '') {
      problems.push(`${file}: <${node.tagName} ${attr}="${value}"> points nowhere`)
      continue
    }
    let url: URL
    try {
      const absolute = origin && value.startsWith(origin) ? value.slice(origin.length) || '/' : value
      url = new URL(absolute, pageUrl)
    } catch {
      problems.push(`${file}: ${attr}="${value}" is not a valid URL`)
      continue
    }
    if (url.host !== 'site.invalid') continue // another origin: not checked offline
    checked++
    const target = url.pathname === pageUrl.pathname && value.startsWith('#') ? file : resolve(url.pathname)
    if (!target) {
      problems.push(`${file}: ${attr}="${value}" resolves to no file in ${OUT}/`)
      continue
    }
    if (url.hash && target.endsWith('.html')) {
      const id = decodeURIComponent(url.hash.slice(1))
      if (!idsOf(target).has(id)) problems.push(`${file}: ${attr}="${value}": ${target} has no element with id "${id}"`)
    }
  }
}

const textOf = (node: Element) => node.children.map((c) => ('value' in c ? c.value : '')).join('')

/** The sources of one directive of a policy. */
const sourcesOf = (policy: string, directive: string) =>
  policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === directive)
    ?.slice(1) ?? []

/**
 * The page's own policy (scripts/pipeline/write-csp.ts) is its first element after the charset, and
 * allows each inline style and script (not JSON-LD) by its hash, and nothing inline besides; an inline
 * script is also allowed by vercel.json's header policy.
 */
function checkPolicy(file: string, root: Root): void {
  const head = root.children
    .flatMap((c) => (c.type === 'element' ? c.children : []))
    .find((c): c is Element => c.type === 'element' && c.tagName === 'head')
  const first = head?.children.filter((c): c is Element => c.type === 'element').slice(0, 2) ?? []
  const meta = first[1]
  const policy =
    meta?.properties.httpEquiv?.toString() === 'Content-Security-Policy' ? meta.properties.content : undefined
  if (first[0]?.properties.charSet === undefined || typeof policy !== 'string') {
    problems.push(`${file}: <head> does not open with the charset and then the Content-Security-Policy <meta>`)
    return
  }
  for (const directive of ['script-src', 'style-src'])
    if (sourcesOf(policy, directive).includes("'unsafe-inline'"))
      problems.push(`${file}: its policy's ${directive} allows 'unsafe-inline'`)
  visit(root, 'element', (node) => {
    const script =
      node.tagName === 'script' && node.properties.src === undefined && node.properties.type !== 'application/ld+json'
    if (!script && node.tagName !== 'style') return
    const hash = hashSource(textOf(node))
    inline++
    const directive = script ? 'script-src' : 'style-src'
    if (!sourcesOf(policy, directive).includes(hash))
      problems.push(`${file}: an inline <${node.tagName}>'s hash ${hash} is not in its policy's ${directive}`)
    if (script && !sourcesOf(csp, 'script-src').includes(hash))
      problems.push(
        `${file}: an inline script's hash ${hash} is not in vercel.json's Content-Security-Policy script-src`,
      )
  })
}

for (const file of files) {
  // Where the page is served: under the base path, which relative links resolve against.
  const pageUrl = new URL(
    `http://site.invalid${basePath}/${relative(OUT, file)
      .split(sep)
      .join('/')
      .replace(/(^|\/)index\.html$/, '$1')}`,
  )
  checkPolicy(file, tree(file))
  let icon = false
  visit(tree(file), 'element', (node) => {
    checkUrls(file, pageUrl, node)
    if (node.tagName === 'link' && Array.isArray(node.properties.rel) && node.properties.rel.includes('icon'))
      icon = true
  })
  // Without an icon, browsers ask for /favicon.ico, which the export has not (under a base path, another site's).
  if (!icon) problems.push(`${file}: no <link rel="icon">, so browsers ask for /favicon.ico, which does not exist`)
}

if (problems.length > 0) {
  console.error(`Link check failed: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
console.log(
  `Link check passed: ${checked} internal links and assets in ${files.length} HTML files resolve; ${inline} inline scripts and styles each allowed by its page's policy`,
)

// The site's own pages are valid HTML (html-validate, .htmlvalidate.json); someone else's standalone
// HTML under public/ is served as it was and is not the site's to validate.
// The project's rules (.htmlvalidate.json), wherever out/ is: a search from the page up finds none for an export outside the project.
const validator = new HtmlValidate(
  new StaticConfigLoader(JSON.parse(readFileSync(join(process.cwd(), '.htmlvalidate.json'), 'utf8')) as ConfigData),
)
const reports = await Promise.all(files.map((file) => validator.validateFile(file)))
const invalid = reports.flatMap((r) => r.results).filter((r) => r.errorCount > 0)
if (invalid.length > 0) {
  console.error(formatterFactory('stylish')(invalid))
  process.exit(1)
}
console.log(`HTML check passed: ${files.length} pages are valid HTML (html-validate)`)
