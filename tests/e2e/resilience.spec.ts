import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import {
  allMarkers,
  allowConsoleMessages,
  districtCount,
  expect,
  failedToLoad,
  marker,
  shownOf,
  test,
  total,
  waitForData,
} from './fixtures'

const XSS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload="window.__xss=3">',
  'javascript:window.__xss=4',
]

function hostileDataset() {
  const text = (i: number) => `${XSS[i % XSS.length] ?? ''} field ${String(i)}`
  return {
    type: 'FeatureCollection',
    tour: {
      title: text(0),
      startDate: '2024-03-04',
      endDate: '2024-03-06',
      place: text(1),
      leader: text(2),
      officials: [text(3)],
      themes: [text(0)],
      enterprisesVisited: 20,
      releaseUrl: 'javascript:window.__xss=5',
    },
    features: [0, 1, 2, 3].map((i) => ({
      type: 'Feature',
      id: `x${String(i)}`,
      geometry: { type: 'Point', coordinates: [126.5 + i * 0.2, 43.8] },
      properties: {
        name: text(i),
        nameZh: text(i + 1),
        nameNote: text(i + 2),
        industry: text(i),
        products: text(i + 3),
        topics: [text(i), text(i + 1)],
        visitTopics: [text(i + 2)],
        visitNotes: text(i + 3),
        visitSource: 'javascript:window.__xss=6',
        precision: 'county',
        district: text(i + 1),
        locationNote: text(i),
        namedInRelease: false,
        sources: [
          'javascript:window.__xss=7',
          'data:text/html,<script>alert(1)</script>',
          '/relative',
          text(i),
        ],
      },
    })),
  }
}

test.describe('hostile data', () => {
  test('HTML and script in every field are shown as text and never run', async ({ page }) => {
    let dialogs = 0
    page.on('dialog', (dialog) => {
      dialogs += 1
      void dialog.dismiss()
    })
    await page.route('**/hostile.geojson', (route) => route.fulfill({ json: hostileDataset() }))
    await page.goto('./?data=hostile.geojson')
    await expect(page.getByRole('status')).toHaveText('4 of 4 enterprises')
    const name = `${XSS[0] ?? ''} field 0`
    await marker(page, name).click()
    const card = page.getByRole('article', { name })
    await expect(card).toContainText('<img src=x onerror="window.__xss=1">')
    await expect(card.getByRole('link')).toHaveCount(0)
    await expect(card).toContainText('javascript:window.__xss=7')
    await page.getByRole('button', { name: 'About this data' }).click()
    await expect(page.getByRole('dialog')).toContainText('<script>window.__xss=2</script>')
    await page.keyboard.press('Escape')
    await expect(page.getByRole('region', { name: /^Enterprises shown/ })).toContainText(
      '<svg onload',
    )
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined()
    expect(dialogs).toBe(0)
    expect(new URL(page.url()).pathname).toBe('/')
    // Decorative pins have alt="" (no img role); an injected <img> would have one.
    await expect(page.getByRole('article').getByRole('img')).toHaveCount(0)
    await expect(
      page.getByRole('region', { name: /^Enterprises shown/ }).getByRole('img'),
    ).toHaveCount(0)
    // The page's own loader (admitted by its hash in the Content-Security-Policy) is the one
    // script without a file.
    expect(await page.locator('script:not([src])').count()).toBe(1)
    await expect(page.locator('script:not([src])')).toHaveId('tm-load-code')
  })

  test('a megabyte-long name and ten thousand topics are shortened, and the page stays responsive', async ({
    page,
  }) => {
    const huge = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'huge',
          geometry: { type: 'Point', coordinates: [126.5, 43.8] },
          properties: {
            name: `Huge ${'x'.repeat(1024 * 1024)}`,
            topics: Array.from({ length: 10_000 }, (_, i) => `Topic ${String(i)}`),
          },
        },
      ],
    }
    await page.route('**/huge.geojson', (route) => route.fulfill({ json: huge }))
    await page.goto('./?data=huge.geojson&id=huge')
    const card = page.getByRole('article')
    await expect(card).toContainText('(shortened)')
    await expect(card).toContainText('…and 9950 more')
    const started = Date.now()
    await card.getByRole('button', { name: 'Close card' }).click()
    await expect(card).toHaveCount(0)
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

// The built-in dataset is inside the prerendered page; named with ?data= it is downloaded, through
// the same code as any other dataset.
const DOWNLOADED = './?data=data/enterprises.geojson'

test.describe('flaky networks', () => {
  test('two server errors, then success: the map appears by itself', async ({
    page,
    consoleErrors,
  }) => {
    let calls = 0
    await page.route('**/data/enterprises.geojson', async (route) => {
      calls += 1
      if (calls <= 2) await route.fulfill({ status: 500, body: 'oops' })
      else await route.continue()
    })
    await page.goto(DOWNLOADED)
    await expect(page.getByRole('status')).toHaveText(shownOf(total), { timeout: 15_000 })
    await expect(allMarkers(page)).toHaveCount(total)
    expect(calls).toBe(3)
    // The browser logs each failed response; those two are expected.
    allowConsoleMessages(consoleErrors, [
      failedToLoad('the server responded with a status of 500 (Internal Server Error)'),
    ])
  })

  test('a dropped connection ends in an alert whose Retry works', async ({
    page,
    consoleErrors,
  }) => {
    let failing = true
    await page.route('**/data/enterprises.geojson', (route) =>
      failing ? route.abort('connectionreset') : route.continue(),
    )
    await page.goto(DOWNLOADED)
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('could not be reached', { timeout: 15_000 })
    failing = false
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect(page.getByRole('status')).toHaveText(shownOf(total))
    allowConsoleMessages(consoleErrors, [failedToLoad('net::ERR_CONNECTION_RESET')])
  })

  test('a web page served instead of data is named as such', async ({ page }) => {
    await page.route('**/data/enterprises.geojson', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>Proxy login</title>',
      }),
    )
    await page.goto(DOWNLOADED)
    await expect(page.getByRole('alert')).toContainText(
      'This is a web page (HTML), not GeoJSON data',
    )
  })
})

/**
 * Refuses a chunk of the app's code until `allow`; `asked` counts the requests. `messages` are
 * the console lines that follow: each failed request, and React's report of the error the
 * part's boundary caught.
 */
async function refuseChunk(page: Page, pattern: string) {
  let asked = 0
  let url = ''
  await page.route(pattern, (route) => {
    asked += 1
    url = route.request().url()
    return route.abort()
  })
  return {
    asked: () => asked,
    allow: () => page.unroute(pattern),
    messages: () => [
      failedToLoad('net::ERR_FAILED'),
      `error: TypeError: Failed to fetch dynamically imported module: ${url}`,
    ],
  }
}

test.describe("a part's code that cannot be fetched", () => {
  test('the map says so in place of its picture, the list works, and Retry brings the map', async ({
    page,
    consoleErrors,
  }) => {
    const chunk = await refuseChunk(page, '**/assets/TourMap-*.js')
    await page.goto('./')
    const region = page.getByRole('region', { name: 'Map' })
    await expect(region.getByRole('alert')).toContainText('The map could not be shown', {
      timeout: 15_000,
    })
    // Not left under the picture, which stood for a map that is not coming.
    await expect(region.getByRole('alert')).toBeVisible()
    await expect(page.getByRole('img', { name: /^Picture of the map/ })).toHaveCount(0)
    await page
      .getByRole('region', { name: /^Enterprises shown/ })
      .getByRole('button', { name: /Jilin Lianke/ })
      .click()
    await expect(page.getByRole('article', { name: 'Jilin Lianke' })).toBeVisible()
    // Asked for by the HTML's preload and by the page, not again and again.
    expect(chunk.asked()).toBeLessThanOrEqual(2)
    await chunk.allow()
    await region.getByRole('button', { name: 'Retry' }).click()
    await expect(allMarkers(page)).toHaveCount(total)
    allowConsoleMessages(consoleErrors, chunk.messages())
  })

  test('the panel says so, the map works, and Retry brings the panel', async ({
    page,
    consoleErrors,
  }) => {
    const chunk = await refuseChunk(page, '**/assets/ExplorerPanel-*.js')
    await page.goto('./')
    await expect(page.getByRole('alert')).toContainText('The filters and list could not be shown', {
      timeout: 15_000,
    })
    await expect(allMarkers(page)).toHaveCount(total)
    expect(chunk.asked()).toBeLessThanOrEqual(2)
    await chunk.allow()
    await page.getByRole('button', { name: 'Retry' }).click()
    await expect(
      page.getByRole('region', { name: /^Enterprises shown/ }).getByRole('button'),
    ).toHaveCount(total)
    allowConsoleMessages(consoleErrors, chunk.messages())
  })
})

test.describe('blocked tiles', () => {
  test('with every tile host blocked, a banner shows and outlines, list and cards still work', async ({
    page,
    consoleErrors,
  }) => {
    await page.route(
      /^https?:\/\/([a-z0-9-]+\.)*(openstreetmap\.org|tianditu\.gov\.cn)\//,
      (route) => route.abort(),
    )
    await page.goto('./')
    await waitForData(page)
    await expect(
      page.getByText('Basemap unavailable — the district outlines, list and cards still work.'),
    ).toBeVisible()
    await expect(page.locator('.leaflet-overlay-pane path[stroke="#64748b"]')).toHaveCount(
      districtCount,
    )
    await marker(page, 'Jilin Haiwang').click()
    await expect(page.getByRole('article', { name: 'Jilin Haiwang' })).toBeVisible()
    await page
      .getByRole('region', { name: /^Enterprises shown/ })
      .getByRole('button', { name: /Jilin Lianke/ })
      .click()
    await expect(page.getByRole('article', { name: 'Jilin Lianke' })).toBeVisible()
    allowConsoleMessages(consoleErrors, [failedToLoad('net::ERR_FAILED')])
  })
})

const SW_FILE = resolve(process.cwd(), 'dist/sw.js')

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' })

  test('a second visit works with no network', async ({ page, context }) => {
    await page.goto('./')
    await waitForData(page)
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    await page.reload()
    await waitForData(page)
    await context.setOffline(true)
    await page.reload()
    await expect(page.getByRole('status')).toHaveText(shownOf(total))
    await expect(allMarkers(page)).toHaveCount(total)
    await marker(page, 'Lingyuan Technology').click()
    await expect(page.getByRole('article', { name: 'Lingyuan Technology' })).toBeVisible()
    await context.setOffline(false)
  })

  // Installing stores every file of the app: on a page loading another dataset it waits until
  // that dataset is shown, instead of competing with its check for the machine's cores.
  test('installs only once another dataset has loaded', async ({ page }) => {
    const released: (() => void)[] = []
    const held = new Promise<void>((resolve) => released.push(resolve))
    await page.route('**/held.geojson', async (route) => {
      await held
      await route.fulfill({ path: resolve(process.cwd(), 'public/data/enterprises.geojson') })
    })
    await page.goto('./?data=held.geojson')
    await expect(page.getByRole('status')).toContainText('Loading')
    // The load event has passed and the app's code has run: only the dataset is missing.
    await page.waitForTimeout(1500)
    const registered = () =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined)
    expect(await registered()).toBe(false)
    for (const release of released) release()
    await expect(page.getByRole('status')).toHaveText(shownOf(total))
    await expect.poll(registered, { timeout: 10_000 }).toBe(true)
  })

  test('a new version waits until the reader chooses Reload', async ({ page }) => {
    await page.goto('./')
    await waitForData(page)
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    const prompt = page.getByText('A new version is available')
    await expect(prompt).toHaveCount(0)
    // A new build: the same service worker with a few bytes more. Written into the served dist/
    // (Playwright's routing does not see the browser's own fetch of a service worker script).
    const original = readFileSync(SW_FILE, 'utf8')
    writeFileSync(SW_FILE, `${original}\n// next version`)
    try {
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update()
      })
    } finally {
      writeFileSync(SW_FILE, original)
    }
    await expect(prompt).toBeVisible({ timeout: 15_000 })
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Reload' }).click(),
    ])
    await waitForData(page)
    await expect(prompt).toHaveCount(0)
  })
})
