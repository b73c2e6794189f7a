import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import {
  allMarkers,
  countWhere,
  dataset,
  expect,
  marker,
  shownOf,
  shownOfZh,
  test,
  total,
  waitForData,
} from './fixtures'

const names = dataset.features.map((f) => f.properties.name)
const list = (page: Page) => page.getByRole('region', { name: /^Enterprises shown/ })

test.describe('list and search', () => {
  test('the list mirrors the map both ways', async ({ page }) => {
    // Without motion the map does not pan under the pointer between clicks.
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.goto('./')
    await waitForData(page)
    const items = list(page).getByRole('button')
    await expect(items).toHaveCount(total)
    await expect(items.first()).toContainText('Lingyuan Technology')

    await marker(page, 'Changbaishan Pharmaceutical').click()
    const current = list(page).locator('[aria-current="true"]')
    await expect(current).toContainText('Changbaishan Pharmaceutical')
    await expect(current).toBeInViewport()

    await items.filter({ hasText: 'Jilin Lianke' }).hover()
    await expect(marker(page, 'Jilin Lianke')).toHaveClass(/tm-pin--highlighted/)

    await items.filter({ hasText: 'Jilin Tianchi Molybdenum' }).click()
    await expect(page.getByRole('article', { name: 'Jilin Tianchi Molybdenum' })).toBeVisible()
    await expect(current).toContainText('Jilin Tianchi Molybdenum')
  })

  test('search narrows map and list together, lives in the URL, and explains an empty result', async ({
    page,
  }) => {
    await page.goto('./')
    await waitForData(page)
    const search = page.getByRole('searchbox', { name: 'Search' })
    await search.fill('molybdenum')
    // Search covers names, industry, district and topics (README).
    const molybdenum = countWhere((p) =>
      [p.name, p.industry, p.district ?? '', ...p.topics, ...(p.visitTopics ?? [])]
        .join('\n')
        .toLowerCase()
        .includes('molybdenum'),
    )
    await expect(page.getByRole('status')).toHaveText(shownOf(molybdenum))
    await expect(allMarkers(page)).toHaveCount(molybdenum)
    await expect(list(page).getByRole('button')).toHaveCount(molybdenum)
    await expect(page).toHaveURL(/[?&]q=molybdenum/)

    await search.fill('石墨')
    await expect(list(page).getByRole('button')).toHaveText([/Jilin Lianke/])

    await page.getByRole('checkbox', { name: /^Automotive/ }).uncheck()
    await search.fill('no such enterprise')
    await expect(list(page)).toContainText(
      'Nothing matches “no such enterprise” with the current filters.',
    )
    await list(page).getByRole('button', { name: 'Clear search and filters' }).click()
    await expect(page.getByRole('status')).toHaveText(shownOf(total))
    await expect(search).toHaveValue('')
  })

  test('the day strip filters by visit date and keeps undated visits', async ({ page }) => {
    await page.goto('./')
    await waitForData(page)
    const days = page.getByRole('group', { name: 'Visit day' })
    const undated = countWhere((p) => p.visitDate === null)
    const on6March = countWhere((p) => p.visitDate === '2024-03-06')
    // The tour ran 4–6 March 2024: three days, and one box for undated visits.
    await expect(days.getByRole('checkbox')).toHaveCount(4)
    await days.getByRole('checkbox', { name: `Date not reported (${String(undated)})` }).uncheck()
    await expect(page.getByRole('status')).toHaveText(shownOf(total - undated))
    await expect(page).toHaveURL(/day=2024-03-06/)
    await days.getByRole('checkbox', { name: `6 March (${String(on6March)})` }).uncheck()
    await days.getByRole('checkbox', { name: `Date not reported (${String(undated)})` }).check()
    await expect(page.getByRole('status')).toHaveText(shownOf(total - on6March))
  })

  test('Previous and Next, and the arrow keys, step through the list', async ({ page }) => {
    await page.goto('./')
    await waitForData(page)
    const cardName = page.getByRole('article').getByRole('heading', { level: 2 })
    const items = list(page).getByRole('button')
    await items.first().click()
    const first = (await cardName.textContent()) ?? ''
    await expect(items.first()).toContainText(first)
    await page.getByRole('button', { name: /Next/ }).click()
    await expect(cardName).not.toHaveText(first)
    const second = (await cardName.textContent()) ?? ''
    await expect(items.nth(1)).toContainText(second)
    await page.keyboard.press('ArrowRight')
    await expect(cardName).not.toHaveText(second)
    const third = (await cardName.textContent()) ?? ''
    await expect(items.nth(2)).toContainText(third)
    await page.keyboard.press('ArrowLeft')
    await expect(cardName).toHaveText(second)
    // Each step is a history entry, so Back retraces them.
    await page.goBack()
    await expect(cardName).toHaveText(third)
  })
})

test.describe('Chinese and English', () => {
  test('the switch changes the interface and the data, and the URL keeps it', async ({ page }) => {
    await page.goto('./?id=jilin-haiwang')
    await waitForData(page)
    await page.getByRole('button', { name: '中文' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    await expect(page.getByRole('status')).toHaveText(shownOfZh(total))
    // The Chinese pages are under zh/ (prerendered in Chinese); ?lang=zh still works too.
    await expect(page).toHaveURL(/\/zh\/\?id=jilin-haiwang/)
    await expect(marker(page, '凌远科技股份有限公司')).toBeVisible()
    const card = page.getByRole('article', { name: '吉林海王健康生物科技有限公司' })
    await expect(card).toContainText('医药健康')
    await expect(card).toContainText('大致位置：位于永吉县境内')
    // The editors' notes are shown in their Chinese translation; no English is left to mark.
    await expect(card).toContainText('保健品')
    await expect(card).not.toContainText('(原文)')
    await page.reload()
    await expect(page.getByRole('status')).toHaveText(shownOfZh(total))
    // The count is prerendered, so this click may come before the page has hydrated: it is held
    // and replayed then (early-input.spec.ts).
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(marker(page, 'Lingyuan Technology')).toBeVisible()
  })

  test('a Chinese browser gets Chinese by default', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'zh-CN' })
    const page = await context.newPage()
    await page.route(/tile\.openstreetmap\.org/, (route) => route.abort())
    await page.goto('./')
    await expect(page.getByRole('status')).toHaveText(shownOfZh(total))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('调研地图')
    await context.close()
  })
})

test.describe('keyboard', () => {
  test('Tab goes from the map controls to the filters, the search, the list and the card', async ({
    page,
  }) => {
    await page.goto('./?id=jiqi-longshan')
    await waitForData(page)
    await page.getByRole('button', { name: 'Zoom in' }).focus()
    const order: string[] = []
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab')
      order.push(
        // Told apart by role and name, as a screen reader would: no CSS classes.
        await page.evaluate((pinNames) => {
          const el = document.activeElement
          if (!(el instanceof HTMLElement)) return 'none'
          const name = el.getAttribute('aria-label') ?? el.getAttribute('alt') ?? ''
          if (el.getAttribute('role') === 'button' && pinNames.includes(name)) return 'pin'
          if (name === 'Zoom in' || name === 'Zoom out') return 'zoom'
          if (el.closest('fieldset')) return 'filter'
          if (el.closest('[role="search"]')) return 'search'
          const region = el.closest('section[aria-labelledby]')
          const title = document.getElementById(region?.getAttribute('aria-labelledby') ?? '')
          if (title?.textContent.startsWith('Enterprises shown')) return 'list'
          if (el.closest('article')) return 'card'
          return 'other'
        }, names),
      )
    }
    // One pass, up to the card; Tab then wraps round to the top of the page.
    const pass = order.slice(0, order.indexOf('card') + 1)
    const first = (kind: string) => pass.indexOf(kind)
    const last = (kind: string) => pass.lastIndexOf(kind)
    // Leaflet puts the pins before its controls, so from the zoom buttons on there are none.
    expect(first('pin')).toBe(-1)
    expect(first('zoom')).toBe(0)
    expect(last('zoom')).toBeLessThan(first('filter'))
    expect(last('filter')).toBeLessThan(first('search'))
    expect(last('search')).toBeLessThan(first('list'))
    expect(last('list')).toBeLessThan(first('card'))
    expect(first('card')).toBeGreaterThan(-1)
  })
})

test.describe('permalinks, sharing and embedding', () => {
  test('the map view is kept in the URL and restored on reload', async ({ page }) => {
    const zoomInUrl = () => new URL(page.url()).searchParams.get('map')?.split('/')[0]
    await page.goto('./')
    await waitForData(page)
    // Loading moves nothing: the address gains the view only once the reader moves the map.
    for (const name of names) await expect(marker(page, name)).toBeAttached()
    expect(new URL(page.url()).searchParams.has('map')).toBe(false)
    await page.getByRole('button', { name: 'Zoom out' }).click()
    await expect.poll(zoomInUrl).toBeDefined()
    const before = Number(zoomInUrl())
    await page.getByRole('button', { name: 'Zoom in' }).click()
    await expect.poll(() => Number(zoomInUrl())).toBe(before + 1)
    const shared = page.url()
    const sharedView = new URL(shared).searchParams.get('map')
    await page.goto(shared)
    await waitForData(page)
    // Once every pin is drawn the map has its view; a refit would have changed the URL by then.
    for (const name of names) await expect(marker(page, name)).toBeAttached()
    await expect.poll(() => new URL(page.url()).searchParams.get('map')).toBe(sharedView)
    expect(Number(zoomInUrl())).toBe(before + 1)
  })

  test('Copy link copies the whole view', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('./?industry=Automotive&id=jiqi-longshan')
    await waitForData(page)
    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByText('Link copied')).toBeVisible()
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()))
    // The open card's own page, whose link preview shows that enterprise; the filter stays.
    expect(copied.pathname).toBe('/e/jiqi-longshan/')
    expect(copied.searchParams.getAll('industry')).toEqual(['Automotive'])
    expect(copied.searchParams.has('id')).toBe(false)
    await page.goto(copied.href)
    await expect(
      page.getByRole('article', { name: 'Jiqi Longshan special-vehicle base' }),
    ).toBeVisible()
    await expect(page.getByRole('checkbox', { name: /^Automotive/ })).toBeChecked()
  })

  test('embed mode is compact and its full-map link keeps the state', async ({ page }) => {
    await page.goto('./?embed=1&industry=Automotive&id=jiqi-longshan')
    await waitForData(page)
    await expect(page.getByRole('button', { name: 'About this data' })).toHaveCount(0)
    const full = page.getByRole('link', { name: 'Open full map' })
    const href = new URL((await full.getAttribute('href')) ?? '', page.url())
    expect(href.searchParams.get('industry')).toBe('Automotive')
    expect(href.searchParams.get('id')).toBe('jiqi-longshan')
    expect(href.searchParams.has('embed')).toBe(false)
    await expect(
      page.getByRole('article', { name: 'Jiqi Longshan special-vehicle base' }),
    ).toBeVisible()
  })
})

test.describe('dark mode', () => {
  test('follows the system colour scheme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto('./')
    await waitForData(page)
    const background = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    )
    expect(background).toBe('rgb(15, 23, 42)')
  })
})

for (const size of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test.describe(`accessibility at ${size.name} size`, () => {
    test.use({ viewport: { width: size.width, height: size.height } })

    const check = async (page: Page) => {
      const results = await new AxeBuilder({ page }).analyze()
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([])
    }

    test('initial, filtered, card open and About panel have no axe violations', async ({
      page,
    }) => {
      await page.goto('./')
      await waitForData(page)
      await check(page)
      await page.goto('./?industry=Automotive&q=jiqi')
      await waitForData(page)
      await check(page)
      await page.goto('./?id=lingyuan-technology')
      await expect(page.getByRole('article')).toBeVisible()
      await check(page)
      // On a phone, About lives in the filters drawer.
      const drawer = page.getByRole('button', { name: 'Filters and list' })
      if (await drawer.isVisible()) await drawer.click()
      await page.getByRole('button', { name: 'About this data' }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await check(page)
    })
  })
}
