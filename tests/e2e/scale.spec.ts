import { generateDataset } from '../../bench/generate-dataset'
import { expect, test, waitForData } from './fixtures'

// Correctness is not traded for speed: at 10 000 enterprises counts, filters, cards and URLs
// behave exactly as with nine.
const big = generateDataset(10_000)
const body = JSON.stringify(big)
const count = (industry: string) =>
  big.features.filter((f) => f.properties.industry === industry).length

test.beforeEach(async ({ page }) => {
  await page.route('**/big.geojson', (route) =>
    route.fulfill({ contentType: 'application/json', body }),
  )
})

test('10 000 enterprises: clusters account for every one, filters and search count right, cards and URLs work', async ({
  page,
}) => {
  test.slow()
  await page.goto('./?data=big.geojson')
  await expect(page.getByRole('status')).toHaveText('10000 of 10000 enterprises')

  const clusters = page.locator('.leaflet-marker-pane .tm-cluster')
  await expect(clusters.first()).toBeVisible()
  const label = await clusters.first().getAttribute('title')
  expect(label).toMatch(/^[\d,]+ enterprises here: select to zoom in$/)
  const total = await page.evaluate(() => {
    const inClusters = [...document.querySelectorAll('.leaflet-marker-pane .tm-cluster')].reduce(
      (sum, el) => sum + Number((el as HTMLElement).innerText.replace(/\D/g, '')),
      0,
    )
    return (
      inClusters + document.querySelectorAll('.leaflet-marker-pane img.leaflet-marker-icon').length
    )
  })
  expect(total).toBe(10_000)

  await page.getByRole('checkbox', { name: /^Automotive/ }).uncheck()
  await expect(page.getByRole('status')).toHaveText(
    `${String(10_000 - count('Automotive'))} of 10000 enterprises`,
  )
  await page.getByRole('checkbox', { name: /^Automotive/ }).check()

  await page.getByRole('searchbox', { name: 'Search' }).fill('Jilin Lianke #00007')
  await expect(page.getByRole('status')).toHaveText('1 of 10000 enterprises')
  await page
    .getByRole('region', { name: /^Enterprises shown/ })
    .getByRole('button', { name: /Jilin Lianke #00007/ })
    .click()
  await expect(page.getByRole('article', { name: 'Jilin Lianke #00007' })).toBeVisible()
  await expect(page).toHaveURL(/[?&]id=jilin-lianke-00007(&|$)/)

  await page.reload()
  await expect(page.getByRole('article', { name: 'Jilin Lianke #00007' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Jilin Lianke #00007', exact: true })).toBeVisible()
})

test('10 000 enterprises: a cluster zooms in when chosen, and the windowed list still scrolls to the selection', async ({
  page,
}) => {
  test.slow()
  await page.goto('./?data=big.geojson')
  await waitForData(page)
  const zoomOf = () => Number(new URL(page.url()).searchParams.get('map')?.split('/')[0])
  await expect.poll(zoomOf).toBeGreaterThan(0)
  const before = zoomOf()
  await page.locator('.leaflet-marker-pane .tm-cluster').first().click()
  await expect.poll(zoomOf).toBeGreaterThan(before)

  await page.goto('./?data=big.geojson&id=panshi-jianlong-steel-09991')
  const current = page
    .getByRole('region', { name: /^Enterprises shown/ })
    .locator('[aria-current="true"]')
  await expect(current).toContainText('Panshi Jianlong Steel #09991')
  await expect(current).toBeInViewport()
})
