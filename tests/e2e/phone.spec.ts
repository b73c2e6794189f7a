import {
  allMarkers,
  countWhere,
  dataset,
  expect,
  marker,
  test,
  total,
  waitForData,
} from './fixtures'

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

test('at 390×844 the map fills the screen, filters and list open in a drawer, the card is a bottom sheet', async ({
  page,
}) => {
  await page.goto('./')
  await waitForData(page)
  const map = await page.getByRole('region', { name: 'Map' }).boundingBox()
  expect(map?.width).toBe(390)
  expect(map?.height ?? 0).toBeGreaterThan(844 * 0.75)
  await expect(page.getByRole('complementary', { name: 'Tour and filters' })).toBeHidden()

  await page.getByRole('button', { name: 'Filters and list' }).click()
  const panel = page.getByRole('complementary', { name: 'Tour and filters' })
  await expect(panel).toBeVisible()
  await panel.getByRole('checkbox', { name: /^Automotive/ }).uncheck()
  await expect(allMarkers(page)).toHaveCount(total - countWhere((p) => p.industry === 'Automotive'))
  await panel.getByRole('button', { name: /Lingyuan Technology/ }).click()
  await expect(panel).toBeHidden()
  const card = page.getByRole('article', { name: 'Lingyuan Technology' })
  await expect(card).toBeVisible()
  const sheet = await card.boundingBox()
  expect(Math.round((sheet?.y ?? 0) + (sheet?.height ?? 0))).toBe(844)
  expect(sheet?.width).toBe(390)

  await card.getByRole('button', { name: 'Close card' }).click()
  await marker(page, 'Jilin Lianke').tap()
  await expect(page.getByRole('article', { name: 'Jilin Lianke' })).toBeVisible()

  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth,
  )
  expect(sideways).toBe(false)
})

test('every visible control is at least 44 px both ways', async ({ page }) => {
  await page.goto('./?id=jilin-haiwang')
  await waitForData(page)
  await page.getByRole('button', { name: 'Filters and list' }).click()
  const small = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'button, a[href], input, label.tm-button, [role="button"]',
      ),
    ]
      .filter((el) => {
        const box = el.getBoundingClientRect()
        const style = getComputedStyle(el)
        const visible = box.width > 0 && box.height > 0 && style.visibility !== 'hidden'
        // Text links inside sentences are exempt (WCAG 2.5.8 inline exception); so are
        // checkboxes, whose whole label is the target.
        const inline =
          el.tagName === 'A' && el.closest('p, li, dd, .leaflet-control-attribution') !== null
        const boxed = el instanceof HTMLInputElement && el.type === 'checkbox'
        const hiddenInput = el instanceof HTMLInputElement && el.type === 'file'
        return (
          visible && !inline && !boxed && !hiddenInput && (box.width < 43.5 || box.height < 43.5)
        )
      })
      .map(
        (el) =>
          `${el.tagName} ${el.getAttribute('aria-label') ?? el.innerText.trim().slice(0, 30)}`,
      ),
  )
  expect(small).toEqual([])
})

test('a list entry scrolled into view as the drawer opens stays put, and tapping it opens its card', async ({
  page,
}) => {
  await page.goto('./')
  await waitForData(page)
  const name = dataset.features[0]!.properties.name
  // Open the drawer and scroll its list before the browser draws the next frame, as a quick
  // reader (or a WebDriver click, which scrolls and then clicks) does; then let two frames pass.
  const aim = await page.evaluate(async (entryName) => {
    const byText = (selector: string, text: string) =>
      [...document.querySelectorAll<HTMLElement>(selector)].find((element) =>
        element.textContent.includes(text),
      )
    byText('button', 'Filters and list')?.click()
    // React commits the drawer and focuses its close button in microtasks, before any frame.
    for (let i = 0; i < 1000 && document.activeElement?.closest('#tm-panel') == null; i++)
      await Promise.resolve()
    const focused = document.activeElement?.getAttribute('aria-label') ?? null
    const entry = byText('#tm-panel .tm-list__item', entryName)
    entry?.scrollIntoView({ block: 'end' })
    const before = entry?.getBoundingClientRect()
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    const after = entry?.getBoundingClientRect()
    return {
      focused,
      x: (before?.left ?? 0) + (before?.width ?? 0) / 2,
      y: (before?.top ?? 0) + (before?.height ?? 0) / 2,
      moved: (after?.top ?? 0) - (before?.top ?? 0),
    }
  }, name)
  expect(aim.focused).toBe('Close filters and list')
  expect(aim.moved).toBe(0)
  await page.mouse.click(aim.x, aim.y)
  await expect(page.getByRole('article', { name })).toBeVisible()
})
