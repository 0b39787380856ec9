import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { routes } from './content'

// axe-core on every page, in both themes, on a phone and a laptop: WCAG 2.x A and AA rules and axe's best practices.
for (const route of [...routes, '/no-such-page/']) {
  test(`${route} has no accessibility violations in light and dark, at 375 and 1280 px`, async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 })
        await page.emulateMedia({ colorScheme })
        await page.goto(route)
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze()
        expect(
          violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
          `${route} (${colorScheme}, ${width} px)`,
        ).toEqual([])
      }
    }
  })
}
