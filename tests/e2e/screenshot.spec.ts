import { mkdirSync } from 'node:fs'
import { expect, test, waitForData } from './fixtures'

// Keeps the README's picture true: it is taken from the real build on every e2e run.
test('README screenshot', async ({ page }) => {
  mkdirSync('docs', { recursive: true })
  await page.goto('./?id=lingyuan-technology')
  await waitForData(page)
  await expect(page.getByRole('article', { name: 'Lingyuan Technology' })).toBeVisible()
  await page.screenshot({ path: 'docs/screenshot.png' })
})
