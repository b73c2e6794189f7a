import type { Locator, Page } from '@playwright/test'
import { dataset, expect, marker, test, waitForData } from './fixtures'

// The pin a reader chose stays where the reader can see it while its card is open: beside the
// card on a wide screen, above the bottom sheet on a phone. Closing the card leaves the map alone.

interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox()
  if (box === null) throw new Error('not on screen')
  return { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height }
}

/** The parts of the map the card leaves free: the whole map, or the free sides round the card. */
async function freeParts(page: Page, card: Locator): Promise<Box[]> {
  const map = await boxOf(page.locator('.leaflet-container'))
  const over = await boxOf(card)
  const overlaps =
    over.left < map.right && over.right > map.left && over.top < map.bottom && over.bottom > map.top
  if (!overlaps) return [map]
  return [
    { ...map, bottom: Math.min(map.bottom, over.top) },
    { ...map, right: Math.min(map.right, over.left) },
  ].filter((box) => box.bottom > box.top && box.right > box.left)
}

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

function inside(inner: Box, outer: Box): boolean {
  return (
    inner.left >= outer.left - 0.5 &&
    inner.right <= outer.right + 0.5 &&
    inner.top >= outer.top - 0.5 &&
    inner.bottom <= outer.bottom + 0.5
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
  const pane = page.locator('.leaflet-map-pane')
  // Settled: the reveal's pan, if any, moves the pane every frame until it ends.
  await expect
    .poll(async () => {
      const first = await pane.evaluate((el) => el.style.transform)
      await nextFrame(page)
      return first === (await pane.evaluate((el) => el.style.transform))
    })
    .toBe(true)

  const before = {
    transform: await pane.evaluate((el) => el.style.transform),
    pin: await boxOf(marker(page, name)),
  }
  // Every change of the pane's position from here on is recorded.
  await pane.evaluate((el) => {
    const moves: string[] = []
    Object.assign(window, { paneMoves: moves })
    new MutationObserver(() => moves.push(el.style.transform)).observe(el, {
      attributes: true,
      attributeFilter: ['style'],
    })
  })
  await page.getByRole('button', { name: 'Close card' }).click()
  await expect(card).toBeHidden()
  await expect(marker(page, name)).toBeFocused()
  // A slide would start on focus and show within the next frames.
  for (let frame = 0; frame < 3; frame++) await nextFrame(page)
  expect(
    await page.evaluate(() => (window as unknown as { paneMoves: string[] }).paneMoves),
  ).toEqual([])
  expect(await pane.evaluate((el) => el.style.transform)).toBe(before.transform)
  expect(await boxOf(marker(page, name))).toEqual(before.pin)
})
