/** What `npm run bench` does on a loaded page: filter, open a card, pan and zoom. */
import type { Page } from '@playwright/test'

/** Time for a move's aftermath (new clusters, pins, URL) to happen; this is a benchmark, not a test. */
const SETTLE_MS = 700

/**
 * The scripted pan-and-zoom sequence: three drags, two wheel steps in and two out, over the
 * middle of the map, as a reader would. Returns the longest main-thread task seen meanwhile (the
 * page's PerformanceObserver, see instrument() in run.ts).
 */
export async function longestTaskDuringPanZoom(page: Page): Promise<number> {
  const box = await page.locator('.leaflet-container').boundingBox()
  if (box === null) throw new Error('no map on the page')
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  const start = await page.evaluate(() => performance.now())
  for (const [dx, dy] of [
    [220, 0],
    [-160, 140],
    [0, -200],
  ] as const) {
    await page.mouse.move(centre.x, centre.y)
    await page.mouse.down()
    await page.mouse.move(centre.x + dx, centre.y + dy, { steps: 12 })
    await page.mouse.up()
    await page.waitForTimeout(SETTLE_MS)
  }
  await page.mouse.move(centre.x, centre.y)
  for (const delta of [-240, -240, 240, 240]) {
    await page.mouse.wheel(0, delta)
    await page.waitForTimeout(SETTLE_MS)
  }
  return page.evaluate((since) => {
    const tasks = (window as unknown as { __bench: { longTasks: [number, number][] } }).__bench
      .longTasks
    return tasks
      .filter(([at]) => at >= since)
      .reduce((longest, [, duration]) => Math.max(longest, duration), 0)
  }, start)
}

/** Unticks the first industry and waits for the count to change. */
export async function timeFilter(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const status = document.querySelector('.tm-count')
        const box = document.querySelector<HTMLInputElement>('.tm-filter input[type=checkbox]')
        if (status === null || box === null) throw new Error('no filter on the page')
        const before = status.textContent
        const start = performance.now()
        const observer = new MutationObserver(() => {
          if (status.textContent !== before) {
            observer.disconnect()
            requestAnimationFrame(() => {
              done(performance.now() - start)
            })
          }
        })
        observer.observe(status, { childList: true, subtree: true, characterData: true })
        box.click()
      }),
  )
}

/** Clicks a pin (or, when all are clustered, a list entry) and waits for its card. */
export async function timeCard(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const target =
          document.querySelector<HTMLElement>('.leaflet-marker-pane img.leaflet-marker-icon') ??
          document.querySelector<HTMLElement>('.tm-list__item')
        if (target === null) throw new Error('nothing to click')
        const start = performance.now()
        const observer = new MutationObserver(() => {
          if (document.querySelector('article.tm-card')) {
            observer.disconnect()
            requestAnimationFrame(() => {
              done(performance.now() - start)
            })
          }
        })
        observer.observe(document.body, { childList: true, subtree: true })
        target.click()
      }),
  )
}
