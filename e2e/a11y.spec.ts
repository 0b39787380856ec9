import { expect, test } from '@playwright/test'
import { routes } from './content'
import { axeViolations, axeViolationsEachWay } from '../scripts/shared/axe'

// axe-core on every page, in both themes, on a phone and a laptop: WCAG 2.x A and AA rules and axe's best practices.
for (const route of [...routes, '/no-such-page/']) {
  test(`${route} has no accessibility violations in light and dark, at 375 and 1280 px`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 900 })
    await page.goto(route)
    expect(await axeViolationsEachWay(page, [375, 1280]), route).toEqual([])
  })
}

test('the check sees a violation when there is one (an image without alt text)', async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() =>
    document.querySelector('main')?.append(Object.assign(document.createElement('img'), { src: '/x.png' })),
  )
  expect((await axeViolations(page)).some((v) => v.startsWith('image-alt:'))).toBe(true)
})

test('the theme changes in place: near-black text fails in the dark pass only', async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() => {
    const p = Object.assign(document.createElement('p'), { textContent: 'Readable on white only' })
    p.style.color = '#111'
    document.querySelector('main')?.append(p)
  })
  const contrast = (await axeViolationsEachWay(page, [1280])).filter((v) => v.includes(' color-contrast:'))
  expect(contrast.length).toBeGreaterThan(0)
  expect(contrast.every((v) => v.startsWith('(dark, 1280 px)'))).toBe(true)
})
