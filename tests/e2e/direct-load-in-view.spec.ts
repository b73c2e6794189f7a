import type { Locator, Page } from '@playwright/test'
import { dataset, expect, test, type DatasetFeature } from './fixtures'
import { boxOf, freeParts, inside } from './map-boxes'

// A link straight to an enterprise (its page, or ?id=) opens with its card; its pin must be where
// the reader sees it: above the bottom sheet on a phone, beside the card on a wide screen. On such
// a load the card hydrates after the map and grows as its code and fonts arrive, so the check is
// made once all of that has settled, not just once.

const localName = (feature: DatasetFeature, lang: 'en' | 'zh') =>
  lang === 'zh' ? (feature.properties.nameZh ?? feature.properties.name) : feature.properties.name

async function pinIsVisible(page: Page, pin: Locator, card: Locator): Promise<boolean> {
  const box = await boxOf(pin)
  return (await freeParts(page, card)).some((free) => inside(box, free))
}

/** Resolves once the map pane has not moved for `frames` animation frames in a row. */
function mapAtRest(page: Page, frames: number): Promise<unknown> {
  return page.evaluate(
    (needed) =>
      new Promise<void>((done) => {
        const pane = document.querySelector<HTMLElement>('.leaflet-map-pane')
        let last = pane?.style.transform
        let still = 0
        const tick = () => {
          const now = pane?.style.transform
          still = now === last ? still + 1 : 0
          last = now
          if (still >= needed) done()
          else requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      }),
    frames,
  )
}

const screens = [
  { name: 'phone', viewport: { width: 390, height: 844 }, langs: ['en', 'zh'] as const },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, langs: ['en', 'zh'] as const },
  // Lighthouse's phone: here a reveal's last shift was under half a pixel, which Leaflet's panBy
  // rounds to nothing and answers with moveend at once; the reveal looped until the stack overflowed.
  { name: 'larger phone', viewport: { width: 412, height: 823 }, langs: ['en'] as const },
]

for (const screen of screens) {
  test.describe(`direct load, ${screen.name} ${String(screen.viewport.width)}x${String(screen.viewport.height)}`, () => {
    test.use({ viewport: screen.viewport })

    for (const lang of screen.langs) {
      for (const feature of dataset.features) {
        const name = localName(feature, lang)
        const path = `./${lang === 'zh' ? 'zh/' : ''}e/${feature.id}/`
        test(`${path}: the pin of ${name} is in the visible map`, async ({ page }) => {
          // Waits for lazy chunks and the fonts.
          test.setTimeout(45_000)
          await page.goto(path)
          const card = page.getByRole('article', { name })
          await expect(card).toBeVisible()
          const pin = page.getByRole('button', { name, exact: true }).and(page.locator('.tm-pin'))
          await expect(pin).toBeVisible({ timeout: 15_000 })
          await expect
            .poll(() => pinIsVisible(page, pin, card), {
              message: `${name} above or beside its card`,
            })
            .toBe(true)
          // Everything that can still grow the card has arrived: code, data, fonts.
          await page.waitForLoadState('networkidle')
          await page.evaluate(() => document.fonts.ready)
          await mapAtRest(page, 10)
          expect(await pinIsVisible(page, pin, card), `${name} still in view once settled`).toBe(
            true,
          )
        })
      }
    }
  })
}

test.describe('direct load of a ?id= link, phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })
  for (const feature of dataset.features) {
    const name = feature.properties.name
    test(`?id=${feature.id}: the pin of ${name} is above the sheet`, async ({ page }) => {
      test.setTimeout(45_000)
      await page.goto(`./?id=${encodeURIComponent(feature.id)}&lang=en`)
      const card = page.getByRole('article', { name })
      await expect(card).toBeVisible({ timeout: 15_000 })
      const pin = page.getByRole('button', { name, exact: true }).and(page.locator('.tm-pin'))
      await expect(pin).toBeVisible({ timeout: 15_000 })
      await page.waitForLoadState('networkidle')
      await page.evaluate(() => document.fonts.ready)
      await mapAtRest(page, 10)
      expect(await pinIsVisible(page, pin, card), `${name} in view once settled`).toBe(true)
    })
  }
})
