import type { Locator, Page } from '@playwright/test'
import { dataset, expect, marker, test, waitForData } from './fixtures'
import { boxOf, freeParts, inside } from './map-boxes'

// The pin a reader chose stays where the reader can see it while its card is open: beside the
// card on a wide screen, above the bottom sheet on a phone. Closing the card leaves the map alone.

async function pinIsVisible(page: Page, name: string, card: Locator): Promise<boolean> {
  const pin = await boxOf(marker(page, name))
  return (await freeParts(page, card)).some((free) => inside(pin, free))
}

function nextFrame(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((done) => {
        requestAnimationFrame(done)
      }),
  )
}

const screens = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, path: './' },
  // The bottom sheet covers up to 55 % of the screen.
  { name: 'phone', viewport: { width: 390, height: 844 }, path: './' },
  // An embed's card is a box in the map's corner.
  { name: 'embed', viewport: { width: 640, height: 400 }, path: './?embed=1' },
]

for (const screen of screens) {
  test.describe(`${screen.name} ${String(screen.viewport.width)}x${String(screen.viewport.height)}`, () => {
    test.use({ viewport: screen.viewport })

    for (const feature of dataset.features) {
      const name = feature.properties.name
      test(`${name}: its pin stays in the visible map while its card is open`, async ({ page }) => {
        await page.goto(screen.path)
        await waitForData(page)
        await marker(page, name).click()
        const card = page.getByRole('article', { name })
        await expect(card).toBeVisible()
        // The map may pan to reveal the pin; poll until it is inside what the card leaves visible.
        await expect
          .poll(() => pinIsVisible(page, name, card), {
            message: `${name} lies inside the visible map`,
          })
          .toBe(true)
      })
    }
  })
}

test('closing the card leaves the map where it was', async ({ page }) => {
  await page.goto('./')
  await waitForData(page)
  // A pin in the right part of the map, which the card's opening hides unless the map pans.
  const name = 'Changbaishan Pharmaceutical'
  await marker(page, name).click()
  const card = page.getByRole('article', { name })
  await expect(card).toBeVisible()
  await expect.poll(() => pinIsVisible(page, name, card)).toBe(true)
  const pin = () => boxOf(marker(page, name))
  // Settled: the reveal's pan, if any, moves the pin every frame until it ends.
  await expect
    .poll(async () => {
      const first = await pin()
      await nextFrame(page)
      return JSON.stringify(first) === JSON.stringify(await pin())
    })
    .toBe(true)

  const before = { pin: await pin() }
  // Every frame from here on records where the pin is (found by its role and name, as a reader
  // would; the pin's element may be replaced when its look changes).
  await page.evaluate((pinName) => {
    const places: string[] = []
    Object.assign(window, { pinPlaces: places })
    const record = () => {
      const el = [...document.querySelectorAll('section[aria-label="Map"] [role="button"]')].find(
        (button) => button.getAttribute('title') === pinName,
      )
      const box = el?.getBoundingClientRect()
      places.push(box === undefined ? 'gone' : `${String(box.x)},${String(box.y)}`)
      requestAnimationFrame(record)
    }
    requestAnimationFrame(record)
  }, name)
  await page.getByRole('button', { name: 'Close card' }).click()
  await expect(card).toBeHidden()
  await expect(marker(page, name)).toBeFocused()
  // A slide would start on focus and show within the next frames.
  for (let frame = 0; frame < 3; frame++) await nextFrame(page)
  const places = await page.evaluate(() => (window as unknown as { pinPlaces: string[] }).pinPlaces)
  expect(places.length).toBeGreaterThan(0)
  expect(new Set(places)).toEqual(new Set([`${String(before.pin.left)},${String(before.pin.top)}`]))
  expect(await boxOf(marker(page, name))).toEqual(before.pin)
})
