import { expect, test } from '@playwright/test'
import { profile, publications, routes } from './content'

test.use({ javaScriptEnabled: false })

test('every page is complete without JavaScript', async ({ page }) => {
  for (const route of routes) {
    const response = await page.goto(route)
    expect(response?.status(), route).toBe(200)
    await expect(page.locator('h1'), route).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Main' }), route).toBeVisible()
    expect((await page.locator('main').innerText()).length, route).toBeGreaterThan(100)
  }
})

test('a visitor without JavaScript can go from home to a paper', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('h1')).toContainText(profile.name)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Publications' }).click()
  await expect(page).toHaveURL('/publications/')
  const paper = publications[0]!
  await page.getByRole('link', { name: paper.title, exact: true }).click()
  await expect(page).toHaveURL(paper.url)
  await expect(page.locator('h1')).toHaveText(paper.title)
})
