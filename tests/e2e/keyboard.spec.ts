import type { Page } from '@playwright/test'
import { expect, marker, test, waitForData } from './fixtures'

/** Where focus is after one Tab, and whether the document moved to show it. */
interface Stop {
  /** Tag and accessible-ish name, for the failure message. */
  what: string
  /** True once focus comes back to an element already visited, or leaves the page. */
  done: boolean
  documentScroll: number
  documentOverflow: number
  outsideWindow: boolean
}

/**
 * Tabs through the whole page, once round, and lists every stop where the document scrolled
 * or could scroll, or the focused element was not entirely inside the window.
 */
async function tabThroughPage(page: Page): Promise<{ stops: number; problems: string[] }> {
  const problems: string[] = []
  await page.evaluate(() => {
    ;(window as unknown as { seen: WeakSet<Element> }).seen = new WeakSet()
  })
  for (let stops = 1; stops <= 300; stops++) {
    await page.keyboard.press('Tab')
    const stop = await page.evaluate((): Stop => {
      const seen = (window as unknown as { seen: WeakSet<Element> }).seen
      const focused = document.activeElement
      const root = document.scrollingElement ?? document.documentElement
      const box = focused?.getBoundingClientRect()
      const done = focused === null || focused === document.body || seen.has(focused)
      if (focused !== null) seen.add(focused)
      const label = focused?.getAttribute('aria-label') ?? focused?.textContent ?? ''
      return {
        what: `${focused?.tagName ?? 'nothing'} "${label.trim().slice(0, 40)}"`,
        done,
        documentScroll: Math.max(window.scrollY, window.scrollX, root.scrollTop, root.scrollLeft),
        documentOverflow: root.scrollHeight - root.clientHeight,
        outsideWindow:
          box === undefined ||
          box.width * box.height === 0 ||
          box.left < -1 ||
          box.top < -1 ||
          box.right > window.innerWidth + 1 ||
          box.bottom > window.innerHeight + 1,
      }
    })
    if (stop.documentScroll !== 0) problems.push(`${stop.what}: document scrolled`)
    if (stop.documentOverflow > 0) problems.push(`${stop.what}: document can scroll`)
    if (stop.done) return { stops, problems }
    if (stop.outsideWindow) problems.push(`${stop.what}: outside the window`)
  }
  throw new Error('Tab never came back round')
}

test.describe('Tab never moves the page', () => {
  test('desktop 1280×800: through the whole page, with and without a card', async ({ page }) => {
    await page.goto('./')
    await waitForData(page)
    const plain = await tabThroughPage(page)
    // Header, filters, list, pins, export, "Open a file…": far more than a handful of stops.
    expect(plain.stops).toBeGreaterThan(30)
    expect(plain.problems).toEqual([])

    await page.goto('./?id=lingyuan-technology')
    await expect(page.getByRole('article', { name: 'Lingyuan Technology' })).toBeVisible()
    expect((await tabThroughPage(page)).problems).toEqual([])
  })

  test('"Open a file…" is one visible button in the tab order, and Enter opens the picker', async ({
    page,
  }) => {
    await page.goto('./')
    await waitForData(page)
    await page
      .getByRole('region', { name: /^Download/ })
      .getByRole('button', { name: 'CSV' })
      .focus()
    await page.keyboard.press('Tab')
    const open = page.getByRole('button', { name: 'Open a file…' })
    await expect(open).toBeFocused()
    await expect(open).toBeInViewport({ ratio: 1 })
    const chooser = page.waitForEvent('filechooser')
    await page.keyboard.press('Enter')
    await chooser
  })

  test.describe('phone 390×844', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

    test('through the page, the open drawer and the open sheet', async ({ page }) => {
      await page.goto('./')
      await waitForData(page)
      expect((await tabThroughPage(page)).problems).toEqual([])

      await page.getByRole('button', { name: 'Filters and list' }).click()
      await expect(page.getByRole('complementary', { name: 'Tour and filters' })).toBeVisible()
      const drawer = await tabThroughPage(page)
      expect(drawer.stops).toBeGreaterThan(20)
      expect(drawer.problems).toEqual([])

      await page.goto('./?id=jilin-haiwang')
      await expect(page.getByRole('article')).toBeVisible()
      expect((await tabThroughPage(page)).problems).toEqual([])
    })
  })
})

test.describe('Escape closes the innermost layer and focus returns to its opener', () => {
  test('desktop: the card, from the search box too; focus goes back to the list entry', async ({
    page,
  }) => {
    await page.goto('./?q=lianke')
    await waitForData(page)
    const entry = page
      .getByRole('region', { name: /^Enterprises shown/ })
      .getByRole('button', { name: /Jilin Lianke/ })
    await entry.click()
    const card = page.getByRole('article', { name: 'Jilin Lianke' })
    await expect(card).toBeVisible()
    const search = page.getByRole('searchbox', { name: 'Search' })
    await search.focus()
    await page.keyboard.press('Escape')
    await expect(card).toHaveCount(0)
    // Escape closed the card; it did not also clear the search.
    await expect(search).toHaveValue('lianke')

    await entry.click()
    await expect(card).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(card).toHaveCount(0)
    await expect(entry).toBeFocused()
  })

  test('desktop: About closes first and hands focus back to its button', async ({ page }) => {
    await page.goto('./?id=lingyuan-technology')
    await waitForData(page)
    const about = page.getByRole('banner').getByRole('button', { name: 'About this data' })
    await about.click()
    const dialog = page.getByRole('dialog', { name: 'About this data' })
    await expect(dialog).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(dialog).toHaveCount(0)
    await expect(page.getByRole('article', { name: 'Lingyuan Technology' })).toBeVisible()
    await expect(about).toBeFocused()
  })

  test.describe('phone 390×844', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

    test('About over the drawer over the sheet: one Escape closes one layer', async ({ page }) => {
      await page.goto('./?id=jilin-haiwang')
      const sheet = page.getByRole('article', { name: 'Jilin Haiwang' })
      await expect(sheet).toBeVisible()
      const toggle = page.getByRole('button', { name: 'Filters and list' })
      await toggle.click()
      const drawer = page.getByRole('complementary', { name: 'Tour and filters' })
      await expect(drawer.getByRole('button', { name: 'Close filters' })).toBeFocused()

      await drawer.getByRole('searchbox', { name: 'Search' }).fill('haiwang')
      await page.keyboard.press('Escape')
      await expect(drawer).toBeHidden()
      await expect(toggle).toBeFocused()
      await expect(sheet).toBeVisible()
      await expect(page).toHaveURL(/[?&]q=haiwang/)

      await toggle.click()
      const about = drawer.getByRole('button', { name: 'About this data' })
      await about.click()
      await expect(page.getByRole('dialog', { name: 'About this data' })).toBeVisible()
      await page.keyboard.press('Escape')
      await expect(page.getByRole('dialog')).toHaveCount(0)
      await expect(drawer).toBeVisible()
      await expect(about).toBeFocused()

      await page.keyboard.press('Escape')
      await expect(drawer).toBeHidden()
      await expect(toggle).toBeFocused()
      await page.keyboard.press('Escape')
      await expect(sheet).toHaveCount(0)
      await expect(marker(page, 'Jilin Haiwang')).toBeFocused()
    })
  })
})
