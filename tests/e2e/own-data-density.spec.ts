import type { Page } from '@playwright/test'
import { expect, test, waitForData } from './fixtures'

/** 200 places on one campus: a 20 × 10 grid 15 m apart, about 300 m by 150 m. */
const campus = Array.from({ length: 200 }, (_, i) => ({
  name: `Room ${String(i + 1).padStart(3, '0')}`,
  lng: 126.55 + (i % 20) * 0.000186,
  lat: 43.84 + Math.floor(i / 20) * 0.000135,
}))

/** Capitals across the world; Europe's crowd one another at the zoom that shows the whole Earth. */
const capitals: readonly [string, number, number][] = [
  ['London', 51.507, -0.128],
  ['Paris', 48.857, 2.352],
  ['Berlin', 52.52, 13.405],
  ['Madrid', 40.417, -3.704],
  ['Rome', 41.903, 12.496],
  ['Brussels', 50.85, 4.352],
  ['Amsterdam', 52.37, 4.895],
  ['Luxembourg', 49.611, 6.13],
  ['Bern', 46.948, 7.447],
  ['Vienna', 48.208, 16.373],
  ['Prague', 50.075, 14.438],
  ['Warsaw', 52.23, 21.012],
  ['Budapest', 47.498, 19.04],
  ['Bratislava', 48.149, 17.107],
  ['Ljubljana', 46.056, 14.506],
  ['Zagreb', 45.815, 15.982],
  ['Copenhagen', 55.676, 12.568],
  ['Oslo', 59.914, 10.752],
  ['Stockholm', 59.329, 18.069],
  ['Helsinki', 60.17, 24.938],
  ['Dublin', 53.35, -6.26],
  ['Lisbon', 38.722, -9.139],
  ['Athens', 37.984, 23.728],
  ['Moscow', 55.756, 37.617],
  ['Kyiv', 50.45, 30.523],
  ['Ankara', 39.933, 32.86],
  ['Cairo', 30.044, 31.236],
  ['Nairobi', -1.286, 36.817],
  ['Pretoria', -25.747, 28.229],
  ['Abuja', 9.076, 7.399],
  ['Dakar', 14.716, -17.467],
  ['Washington', 38.907, -77.037],
  ['Ottawa', 45.421, -75.697],
  ['Mexico City', 19.433, -99.133],
  ['Brasília', -15.794, -47.882],
  ['Buenos Aires', -34.604, -58.382],
  ['Lima', -12.046, -77.043],
  ['Bogotá', 4.711, -74.072],
  ['Santiago', -33.449, -70.669],
  ['Beijing', 39.904, 116.407],
  ['Tokyo', 35.676, 139.65],
  ['Seoul', 37.566, 126.978],
  ['New Delhi', 28.614, 77.209],
  ['Jakarta', -6.208, 106.846],
  ['Bangkok', 13.756, 100.502],
  ['Canberra', -35.281, 149.13],
  ['Wellington', -41.287, 174.776],
  ['Manila', 14.6, 120.984],
  ['Hanoi', 21.028, 105.854],
  ['Tehran', 35.689, 51.389],
]

function collection(places: readonly { name: string; lng: number; lat: number }[]) {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: places.map(({ name, lng, lat }) => ({
      type: 'Feature',
      properties: { name },
      geometry: { type: 'Point', coordinates: [lng, lat] },
    })),
  })
}

async function open(page: Page, name: string, body: string, count: number) {
  await page.goto('./')
  await waitForData(page)
  await page.getByLabel('Open a file…').setInputFiles({
    name,
    mimeType: 'application/geo+json',
    buffer: Buffer.from(body),
  })
  await expect(page.getByRole('status')).toHaveText(`${String(count)} of ${String(count)} features`)
}

/**
 * How many features the map's buttons stand for within the visible map: one per pin, the number
 * in its name per numbered circle ("12 features here: select to zoom in").
 */
async function representedOnScreen(page: Page, names: ReadonlySet<string>): Promise<number> {
  const map = page.getByRole('region', { name: 'Map' })
  const frame = await map.boundingBox()
  if (frame === null) throw new Error('the map is not on screen')
  let represented = 0
  for (const button of await map.getByRole('button').all()) {
    // Leaflet names pins and numbered circles by their title.
    const name = (await button.getAttribute('title')) ?? ''
    const box = await button.boundingBox()
    if (box === null) continue
    const x = box.x + box.width / 2
    const y = box.y + box.height / 2
    const inside =
      x >= frame.x && x <= frame.x + frame.width && y >= frame.y && y <= frame.y + frame.height
    if (!inside) continue
    const crowd = /^(\d+) features here: select to zoom in$/.exec(name)
    if (crowd) represented += Number(crowd[1])
    else if (names.has(name)) represented += 1
  }
  return represented
}

/**
 * The zoom the map settled on, as the link keeps it (?map=zoom/lat/lng) once the reader moves the
 * map: here a step to the right with the keyboard, which pans without zooming.
 */
async function zoomInLink(page: Page): Promise<number> {
  await page.locator('.leaflet-container').focus()
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/[?&]map=/)
  const view = new URL(page.url()).searchParams.get('map') ?? ''
  return Number(view.split('/')[0])
}

test.describe('readable density at the first view of a file', () => {
  test('200 places on one campus: framed at street level, every one on screen as a pin or counted', async ({
    page,
  }) => {
    await open(page, 'campus.geojson', collection(campus), 200)
    const names = new Set(campus.map((p) => p.name))
    await expect.poll(() => representedOnScreen(page, names), { timeout: 10_000 }).toBe(200)
    // The campus is shown with numbered circles on it, not one pin per room fanned off screen.
    await expect(
      page.getByRole('button', { name: /^\d+ features here: select to zoom in$/ }).first(),
    ).toBeVisible()
    expect(await zoomInLink(page)).toBeGreaterThanOrEqual(16)
  })

  test('capitals across the world: every one on screen as a pin or counted', async ({ page }) => {
    const places = capitals.map(([name, lat, lng]) => ({ name, lat, lng }))
    await open(page, 'capitals.geojson', collection(places), capitals.length)
    const names = new Set(places.map((p) => p.name))
    await expect
      .poll(() => representedOnScreen(page, names), { timeout: 10_000 })
      .toBe(capitals.length)
    await expect(page.getByRole('button', { name: 'Canberra', exact: true })).toBeInViewport()
  })
})
