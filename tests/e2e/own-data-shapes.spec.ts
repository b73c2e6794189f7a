import { resolve } from 'node:path'
import { allMarkers, expect, marker, test, waitForData } from './fixtures'

const ownData = (name: string) => resolve(import.meta.dirname, '../fixtures/own-data', name)

test.describe("lines and areas in other people's files", () => {
  test('a park and a road are drawn, clickable, listed and filtered like points', async ({
    page,
  }) => {
    await page.goto('./')
    await waitForData(page)
    await page.getByLabel('Open a file…').setInputFiles(ownData('park-and-road.geojson'))
    await expect(page.getByRole('status')).toHaveText('4 of 4 features')
    // Every feature has its pin: the park's inside it, the road's half-way along it.
    await expect(allMarkers(page)).toHaveCount(4)

    // A click on the park's area, well away from its pin, opens the park's card.
    const pin = await marker(page, 'Riverside Park').boundingBox()
    if (pin === null) throw new Error('the park has no pin on screen')
    const spot = { x: pin.x + pin.width / 2 - 50, y: pin.y + pin.height + 20 }
    // Areas are drawn a moment after the pins (their code loads once a file has shapes): a click
    // before that lands on the bare map, as a reader's would.
    await expect
      .poll(() => page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, spot))
      .toBe('path')
    await page.mouse.click(spot.x, spot.y)
    const parkCard = page.getByRole('article', { name: 'Riverside Park' })
    await expect(parkCard).toContainText('Drawn on the map as an area', { timeout: 10_000 })
    await expect(parkCard.getByRole('row', { name: /leisure/ })).toContainText('park')
    await expect(page).toHaveURL(/[?&]id=way%2F24681357/)

    // The road is reached from the list, and the map frames it.
    const list = page.getByRole('region', { name: /^Features shown/ })
    await list.getByRole('button', { name: /^Jiangcheng Road/ }).click()
    const roadCard = page.getByRole('article', { name: 'Jiangcheng Road' })
    await expect(roadCard).toContainText('Drawn on the map as a line', { timeout: 10_000 })
    await expect(page).toHaveURL(/[?&]id=way%2F13579/)
    await expect(marker(page, 'Jiangcheng Road')).toBeInViewport()
    await roadCard.getByRole('button', { name: /^Close/ }).click()

    // Filtering out its group takes the road off the map, the list and the count.
    await page
      .getByRole('group', { name: 'category' })
      .getByRole('checkbox', { name: /^street/ })
      .uncheck()
    await expect(page.getByRole('status')).toHaveText('3 of 4 features')
    await expect(marker(page, 'Jiangcheng Road')).toHaveCount(0)
    await expect(list.getByRole('button', { name: /^Jiangcheng Road/ })).toHaveCount(0)
    await expect(allMarkers(page)).toHaveCount(3)

    // From the keyboard: the park's pin takes focus, and Enter opens its card.
    await marker(page, 'Riverside Park').focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('article', { name: 'Riverside Park' })).toBeVisible()
  })
})
