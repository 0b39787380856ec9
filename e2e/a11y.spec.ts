import { expect, test } from '@playwright/test'
import { routes } from './content'
import { axeViolations } from '../scripts/shared/axe'

// axe-core on every page, in both themes, on a phone and a laptop: WCAG 2.x A and AA rules and axe's best practices.
for (const route of [...routes, '/no-such-page/']) {
  test(`${route} has no accessibility violations in light and dark, at 375 and 1280 px`, async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 })
        await page.emulateMedia({ colorScheme })
        await page.goto(route)
        expect(await axeViolations(page), `${route} (${colorScheme}, ${width} px)`).toEqual([])
      }
    }
  })
}

test('the check sees a violation when there is one (an image without alt text)', async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() =>
    document.querySelector('main')?.append(Object.assign(document.createElement('img'), { src: '/x.png' })),
  )
  expect((await axeViolations(page)).some((v) => v.startsWith('image-alt:'))).toBe(true)
})
