// Screenshots of every exported page at several widths in light and dark, for looking at.
// Usage: node scripts/screenshots.mjs [outDir=screenshots] (serve out/ on 127.0.0.1:4173 first)
import { chromium } from '@playwright/test'
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173'
const dest = process.argv[2] ?? 'screenshots'
const widths = (process.env.WIDTHS ?? '375,1280').split(',').map(Number)
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',')

function routes(dir = 'out') {
  const found = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (name === '_next' || name.startsWith('_')) continue
    if (statSync(path).isDirectory()) found.push(...routes(path))
    else if (name === 'index.html') found.push('/' + relative('out', dir).split(sep).filter(Boolean).map((s) => s + '/').join(''))
  }
  return found.sort()
}

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})
mkdirSync(dest, { recursive: true })
const list = [...routes(), '/this-page-does-not-exist/']
for (const scheme of schemes) {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme })
    for (const route of list) {
      await page.goto(base + route)
      const name = (route.replace(/\//g, '_').replace(/^_|_$/g, '') || 'home') + `-${width}-${scheme}.png`
      await page.screenshot({ path: join(dest, name), fullPage: true })
    }
    await page.close()
  }
}
await browser.close()
console.log(`${list.length} routes x ${widths.length} widths x ${schemes.length} schemes -> ${dest}/`)
