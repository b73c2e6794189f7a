import type { Page } from '@playwright/test'
import { generateDataset } from '../../bench/generate-dataset'
import { allClusters, allMarkers, expect, mapRegion, test, waitForData } from './fixtures'

// With a filter in the URL, every pan used to re-parse the URL into new arrays, rebuild the
// cluster index from nothing and leave the map empty meanwhile. The markers must stay.
const big = generateDataset(10_000)
const body = JSON.stringify(big)
// The industry with most enterprises, so that the filtered map is still clustered.
const counts = new Map<string, number>()
for (const f of big.features) {
  const industry = String(f.properties.industry)
  counts.set(industry, (counts.get(industry) ?? 0) + 1)
}
const [industry = '', shown = 0] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? []

test.beforeEach(async ({ page }) => {
  await page.route('**/big.geojson', (route) =>
    route.fulfill({ contentType: 'application/json', body }),
  )
})

/** Starts counting the markers on screen at every frame; returns how to read the fewest seen. */
async function sampleMarkers(page: Page): Promise<void> {
  await page.evaluate(() => {
    const samples: number[] = []
    Object.assign(window, { markerSamples: samples })
    const count = () => {
      // The map's buttons, pins and clusters alike, but for its two zoom controls.
      const buttons = document.querySelectorAll('section[aria-label="Map"] [role="button"]')
      samples.push(
        [...buttons].filter((el) => !/^Zoom (in|out)$/.test(el.getAttribute('aria-label') ?? ''))
          .length,
      )
      requestAnimationFrame(count)
    }
    requestAnimationFrame(count)
  })
}

async function samplesSoFar(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { markerSamples: number[] }).markerSamples)
}

test('dragging the map with a filter at 10 000 enterprises never empties it', async ({ page }) => {
  test.slow()
  await page.goto(`./?data=big.geojson&industry=${encodeURIComponent(industry)}`)
  await expect(page.getByRole('status')).toHaveText(
    `${String(shown)} of ${String(big.features.length)} enterprises`,
  )
  await waitForData(page)
  await expect(allMarkers(page).first()).toBeVisible()
  await expect(allClusters(page).first()).toBeVisible()

  const map = await mapRegion(page).boundingBox()
  if (map === null) throw new Error('no map')
  const centre = { x: map.x + map.width / 2, y: map.y + map.height / 2 }
  await sampleMarkers(page)
  for (const [dx, dy] of [
    [120, 40],
    [-200, -60],
    [60, 140],
  ] as const) {
    const camera = new URL(page.url()).searchParams.get('map')
    await page.mouse.move(centre.x, centre.y)
    await page.mouse.down()
    await page.mouse.move(centre.x + dx, centre.y + dy, { steps: 15 })
    await page.mouse.up()
    // The drag has ended once the new camera is in the URL; what follows it is sampled too.
    await expect.poll(() => new URL(page.url()).searchParams.get('map')).not.toBe(camera)
    const seen = (await samplesSoFar(page)).length
    await expect.poll(async () => (await samplesSoFar(page)).length).toBeGreaterThan(seen + 20)
  }
  const samples = await samplesSoFar(page)
  expect(samples.length).toBeGreaterThan(60)
  expect(Math.min(...samples), 'fewest markers on screen at any frame').toBeGreaterThan(0)
})

test('after a pan, the embed’s full-map link opens the camera now shown', async ({ page }) => {
  await page.goto('./?embed=1')
  await waitForData(page)
  const map = await mapRegion(page).boundingBox()
  if (map === null) throw new Error('no map')
  const camera = new URL(page.url()).searchParams.get('map')
  await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2)
  await page.mouse.down()
  await page.mouse.move(map.x + map.width / 2 + 80, map.y + map.height / 2 + 30, { steps: 5 })
  await page.mouse.up()
  await expect.poll(() => new URL(page.url()).searchParams.get('map')).not.toBe(camera)
  const full = page.getByRole('link', { name: 'Open full map' })
  await full.hover()
  const href = new URL((await full.getAttribute('href')) ?? '', page.url())
  expect(href.searchParams.get('map')).toBe(new URL(page.url()).searchParams.get('map'))
  expect(href.searchParams.has('embed')).toBe(false)
})
