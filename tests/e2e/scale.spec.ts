import { generateDataset } from '../../bench/generate-dataset'
import { allClusters, allMarkers, expect, test, waitForData } from './fixtures'

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

  const clusters = allClusters(page)
  await expect(clusters.first()).toBeVisible()
  // Each cluster is a button named after its count: "1,234 enterprises here: select to zoom in".
  const clusterNames = await clusters.evaluateAll((els) =>
    els.map((el) => el.getAttribute('title') ?? ''),
  )
  for (const name of clusterNames)
    expect(name).toMatch(/^[\d,]+ enterprises here: select to zoom in$/)
  await expect(clusters.first()).toHaveAccessibleName(clusterNames[0] ?? '')
  const inClusters = clusterNames.reduce((sum, name) => sum + Number(name.replace(/\D/g, '')), 0)
  const total = inClusters + (await allMarkers(page).count())
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
  // The address gains the view (?map=) once the reader moves the map, here one step out.
  await expect(allClusters(page).first()).toBeVisible()
  await page.getByRole('button', { name: 'Zoom out' }).click()
  await expect.poll(zoomOf).toBeGreaterThan(0)
  const before = zoomOf()
  await allClusters(page).first().click()
  await expect.poll(zoomOf).toBeGreaterThan(before)

  await page.goto('./?data=big.geojson&id=panshi-jianlong-steel-09991')
  const current = page
    .getByRole('region', { name: /^Enterprises shown/ })
    .locator('[aria-current="true"]')
  await expect(current).toContainText('Panshi Jianlong Steel #09991')
  await expect(current).toBeInViewport()
})

// A file large enough to be checked as it downloads, broken near its end: the worker has already
// dropped its text by then and asks the page for the bytes again to read the file whole, so the
// reader gets the same message as for a small broken file, not a partial map.
test('10 000 enterprises cut off before the end: a clear message, no partial map', async ({
  page,
}) => {
  test.slow()
  await page.route('**/cut.geojson', (route) =>
    route.fulfill({ contentType: 'application/json', body: body.slice(0, -40) }),
  )
  await page.goto('./?data=cut.geojson')
  await expect(page.getByRole('alert')).toContainText('not valid JSON')
  await expect(allMarkers(page)).toHaveCount(0)
  await expect(allClusters(page)).toHaveCount(0)
})
