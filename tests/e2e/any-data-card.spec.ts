import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, marker, test, waitForData } from './fixtures'

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../fixtures/any-data', name))

test.describe('a card for any data', () => {
  test("an opened OSM file names itself and shows a feature's own properties", async ({ page }) => {
    await page.goto('./')
    await waitForData(page)
    await page.getByLabel('Open a file…').setInputFiles({
      name: 'osm-cafes.geojson',
      mimeType: 'application/geo+json',
      buffer: fixture('osm-cafes.geojson'),
    })
    await expect(page).toHaveTitle('Cafés of Kichijōji · Tour Map')
    await expect(page.getByRole('banner')).toContainText('osm-cafes.geojson: 2 features')
    await marker(page, 'Café Kichi').click()
    // The table of the feature's own properties is a lazy chunk.
    const card = page.getByRole('article', { name: 'Café Kichi' })
    const table = card.getByRole('table', { name: 'Properties of this feature' })
    await expect(table).toBeVisible({ timeout: 10_000 })
    await expect(table.getByRole('row', { name: /opening_hours/ })).toContainText(
      'Mo-Fr 08:00-18:00; Sa 10:00-17:00',
    )
    const website = card.getByRole('link', { name: 'https://example.org/kichi' })
    await expect(website).toHaveAttribute('rel', 'noopener noreferrer')
    await expect(card).not.toContainText('Chinese name not confirmed')
    await expect(card).not.toContainText('Visit date')
    await card.getByRole('button', { name: 'Show all' }).click()
    await expect(card).toContainText('cash is preferred for small amounts.')
  })
})
