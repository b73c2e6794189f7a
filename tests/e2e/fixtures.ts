import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'

/** A 1×1 transparent PNG: tile servers are unreachable here, and tests must not depend on them. */
const BLANK_TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)

export interface DatasetFeature {
  id: string
  properties: {
    name: string
    nameZh: string | null
    industry: string
    topics: string[]
    visitTopics?: string[]
    visitDate: string | null
    precision: string
    district: string | null
    sources: string[]
  }
}

export const dataset = JSON.parse(
  readFileSync(resolve(process.cwd(), 'public/data/enterprises.geojson'), 'utf8'),
) as { features: DatasetFeature[]; tour: { enterprisesVisited: number } }

// Counts for expectations, read from the data files so the tests hold as the dataset grows.
export const total = dataset.features.length
export const visited = dataset.tour.enterprisesVisited

/** How many enterprises of the dataset pass a test on their properties. */
export function countWhere(test: (p: DatasetFeature['properties']) => boolean): number {
  return dataset.features.filter((f) => test(f.properties)).length
}

/** The result count the status line reads, in English and in Chinese. */
export const shownOf = (n: number) => `${String(n)} of ${String(total)} enterprises`
export const shownOfZh = (n: number) => `显示 ${String(n)} 家，共 ${String(total)} 家企业`

/** County-level outlines drawn on the map. */
export const districtCount = (
  JSON.parse(
    readFileSync(resolve(process.cwd(), 'public/data/jilin-districts.geojson'), 'utf8'),
  ) as { features: unknown[] }
).features.length

interface Fixtures {
  /** Console errors, warnings and uncaught exceptions; each test must end with none. */
  consoleErrors: string[]
}

export const test = base.extend<Fixtures>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('console', (message) => {
        // The one warning the harness itself causes: most tests block the service worker.
        if (message.text().includes('Service Worker registration blocked by Playwright')) return
        if (message.type() === 'error' || message.type() === 'warning') {
          errors.push(`${message.type()}: ${message.text()}`)
        }
      })
      page.on('pageerror', (error) => errors.push(error.message))
      await page.route(/^https?:\/\/([a-z0-9-]+\.)*tile\.openstreetmap\.org\//, (route) =>
        route.fulfill({ status: 200, contentType: 'image/png', body: BLANK_TILE }),
      )
      await use(errors)
      expect(errors, 'console errors and warnings during the test').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/**
 * Removes the console messages a test expects, matched by their literal text (the browser logs
 * each failed request); anything else is left for the fixture to fail the test with.
 */
export function allowConsoleMessages(recorded: string[], expected: readonly string[]): void {
  const unexpected = recorded.filter((message) => !expected.includes(message))
  recorded.splice(0, recorded.length, ...unexpected)
}

/** Chromium's console line for a failed request. */
export const failedToLoad = (reason: string) => `error: Failed to load resource: ${reason}`

export function marker(page: Page, name: string) {
  return page.getByRole('button', { name, exact: true })
}

/** The map, as a reader finds it: the region named "Map" (地图 in Chinese). */
export function mapRegion(page: Page) {
  return page.getByRole('region', { name: /^(Map|地图)$/ })
}

/**
 * Buttons on the map that are not pins: Leaflet's zoom controls and the cluster markers
 * ("12 enterprises here: select to zoom in", "此处有 12 家企业：选中后放大").
 */
const NOT_A_PIN = /^(?!(Zoom in|Zoom out)$)(?![\d,]+ enterprises here: )(?!此处有 [\d,]+ 家企业)/

/** The pins: the map draws one button per enterprise shown, named after it. */
export function allMarkers(page: Page) {
  return mapRegion(page).getByRole('button', { name: NOT_A_PIN })
}

/** The cluster markers, each a button named after the count it holds. */
export function allClusters(page: Page) {
  return mapRegion(page).getByRole('button', {
    name: /^([\d,]+ enterprises here: |此处有 [\d,]+ 家企业)/,
  })
}

/**
 * The count is in the prerendered HTML, so it shows before the page works: wait too for the map,
 * which mounts once the page has hydrated. Before that a file given to the (hidden) file input
 * would change nothing; a reader cannot reach it then, since its visible button has no handler yet.
 */
export async function waitForData(page: Page) {
  await expect(page.getByRole('status')).toHaveText(/^\d+ of \d+ enterprises$/)
  await waitForLiveMap(page)
}

/** In either language: Leaflet's zoom controls appear once the page has hydrated and the map mounted. */
export async function waitForLiveMap(page: Page) {
  await expect(mapRegion(page).getByRole('button', { name: 'Zoom in', exact: true })).toBeAttached({
    timeout: 15_000,
  })
}

/** Holds the app's entry code until `release`: the page stays as its HTML made it. */
export async function holdCode(page: Page) {
  let release = (): void => undefined
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route('**/assets/index-*.js', async (route) => {
    await held
    await route.continue()
  })
  return release
}
