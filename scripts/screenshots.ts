// Full-page screenshots of every exported page at 375 and 1280 px, light and dark, for looking at.
// Usage: npm run screenshots [-- --out screenshots --url http://127.0.0.1:4173] (serve out/ first)
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from './shared/chromium'
import { pageRoutes } from './shared/files'

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'screenshots' },
    url: { type: 'string', default: 'http://127.0.0.1:4173' },
    site: { type: 'string', default: 'out' },
    widths: { type: 'string', default: '375,1280' },
    schemes: { type: 'string', default: 'light,dark' },
  },
})
const widths = values.widths.split(',').map(Number)
const schemes = values.schemes.split(',').map((s) => (s === 'dark' ? 'dark' : 'light'))

const browser = await chromium.launch(chromiumLaunchOptions)
mkdirSync(values.out, { recursive: true })
const list = [...pageRoutes(values.site), '/this-page-does-not-exist/']
for (const colorScheme of schemes) {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme })
    for (const route of list) {
      await page.goto(values.url + route)
      const name = `${route.replace(/\//g, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${colorScheme}.png`
      await page.screenshot({ path: join(values.out, name), fullPage: true })
    }
    await page.close()
  }
}
await browser.close()
console.log(`${list.length} routes x ${widths.length} widths x ${schemes.length} schemes -> ${values.out}/`)
