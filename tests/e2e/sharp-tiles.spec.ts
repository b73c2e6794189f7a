import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

// OpenStreetMap's tiles are 256 pixels. On a phone's 2× screen the map asks for the next zoom
// level's tiles and draws each at 128 CSS pixels, one tile pixel per screen pixel, instead of
// stretching a 256-pixel picture over 512 screen pixels (blurred roads and labels).

async function tileWidths(page: Page): Promise<number[]> {
  await page.goto('./')
  const tiles = page.locator('.leaflet-tile-loaded')
  await expect(tiles.first()).toBeVisible({ timeout: 15_000 })
  return tiles.evaluateAll((images) => images.map((image) => image.getBoundingClientRect().width))
}

test.describe('on a 2× screen', () => {
  test.use({ deviceScaleFactor: 2 })
  test('each map tile is drawn at 128 CSS pixels, so its 256 pixels meet the screen’s', async ({
    page,
  }) => {
    const widths = await tileWidths(page)
    expect(new Set(widths)).toEqual(new Set([128]))
  })
})

test.describe('on a 1× screen', () => {
  test.use({ deviceScaleFactor: 1 })
  test('each map tile is drawn at its own 256 pixels', async ({ page }) => {
    const widths = await tileWidths(page)
    expect(new Set(widths)).toEqual(new Set([256]))
  })
})
