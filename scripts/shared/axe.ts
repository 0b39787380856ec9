// axe-core as every accessibility check here runs it: WCAG 2.x A and AA rules and axe's best
// practices, in the page itself (the site has no frames: the content check refuses <iframe>),
// asking only for the violations. Both choices cut a run from about 2-3 s to under 1 s.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

/** The page's violations, one line each: "rule: help (selectors)". */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze()
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

export const COLOR_SCHEMES = ['light', 'dark'] as const

/**
 * One loaded page checked in both themes at each width, each violation labelled with where it was
 * seen. The theme and the width change in place (the site's colours follow the system preference
 * and its layout the width in CSS alone), so the page loads once and axe is injected once: about
 * half the time of a load per combination.
 */
export async function axeViolationsEachWay(page: Page, widths: readonly number[], height = 900): Promise<string[]> {
  const found: string[] = []
  for (const width of widths) {
    await page.setViewportSize({ width, height })
    for (const colorScheme of COLOR_SCHEMES) {
      await page.emulateMedia({ colorScheme })
      // Colours that change with the theme ease in (transition-colors): measure them once they have
      // (on a busy machine axe otherwise reads a colour halfway, a contrast failure that is not there).
      await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))))
      for (const v of await axeViolations(page)) found.push(`(${colorScheme}, ${width} px) ${v}`)
    }
  }
  return found
}
