import { expect, test, waitForData } from '../../tests/e2e/fixtures'

// Not a test: `npm run screenshots` runs this to redraw the README's pictures from the production
// build. It writes tracked files, so it is kept out of the end-to-end suite and run on demand.

// The e2e fixtures serve blank tiles (tile servers may be unreachable) and fail on console errors.

test('desktop: docs/screenshot.png', async ({ page }) => {
  await page.goto('./?id=lingyuan-technology')
  await waitForData(page)
  await expect(page.getByRole('article', { name: 'Lingyuan Technology' })).toBeVisible()
  await page.screenshot({ path: 'docs/screenshot.png' })
})

test('phone: docs/screenshot-phone.png', async ({ page }) => {
  await page.goto('./?id=jilin-tianchi-molybdenum')
  await waitForData(page)
  await expect(page.getByRole('article', { name: 'Jilin Tianchi Molybdenum' })).toBeVisible()
  await page.screenshot({ path: 'docs/screenshot-phone.png' })
})
