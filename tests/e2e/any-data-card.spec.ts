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

  // Its table's code comes once another dataset is on screen, not at the first card: the first
  // card opened shows its properties with it, not 300 ms later (React's hold on a fallback).
  test('the first card opened shows its table of properties with it', async ({ page }) => {
    await page.route('**/osm-cafes.geojson', (route) =>
      route.fulfill({ contentType: 'application/json', body: fixture('osm-cafes.geojson') }),
    )
    await page.goto('./?data=osm-cafes.geojson')
    await expect(page.getByRole('banner')).toContainText('osm-cafes.geojson: 2 features')
    await expect
      .poll(() =>
        page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .some((entry) => /\/PropertyTable-[\w-]+\.js$/.test(entry.name)),
        ),
      )
      .toBe(true)
    // Whether the card's first commit held the table: recorded as the card enters the page.
    await page.evaluate(() => {
      const seen: boolean[] = []
      Reflect.set(window, 'tableWithCard', seen)
      new MutationObserver(() => {
        const card = document.querySelector('article')
        if (card !== null && seen.length === 0) seen.push(card.querySelector('table') !== null)
      }).observe(document.body, { childList: true, subtree: true })
    })
    await page
      .getByRole('region', { name: /^Features shown/ })
      .getByRole('button', { name: /^Café Kichi/ })
      .click()
    const card = page.getByRole('article', { name: 'Café Kichi' })
    await expect(card.getByRole('table', { name: 'Properties of this feature' })).toBeVisible()
    expect(await page.evaluate(() => Reflect.get(window, 'tableWithCard') as boolean[])).toEqual([
      true,
    ])
  })
})
