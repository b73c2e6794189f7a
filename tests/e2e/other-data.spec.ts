import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { generateDataset } from '../../bench/generate-dataset'
import { EARLY_DOWNLOAD_KEY } from '../../src/data/early-download'
import { allMarkers, dataset, expect, holdCode, marker, test, waitForData } from './fixtures'

const ownData = (name: string) => resolve(import.meta.dirname, '../fixtures/own-data', name)

/** A semicolon-separated CSV at `stations.csv`, for ?data= to name. */
const serveStations = (page: Page) =>
  page.route('**/stations.csv', (route) =>
    route.fulfill({
      contentType: 'text/csv',
      body: readFileSync(ownData('stations-semicolon.csv')),
    }),
  )

test.describe("other people's files", () => {
  test('a uMap export opens with its layers as the groups', async ({ page }) => {
    await page.goto('./')
    await waitForData(page)
    await page.getByLabel('Open a file…').setInputFiles(ownData('jilin-walk.umap'))
    await expect(page.getByRole('status')).toHaveText('3 of 3 features')
    await expect(allMarkers(page)).toHaveCount(3)
    await expect(page.getByRole('combobox', { name: 'Group by' })).toHaveValue('layer')
    await page
      .getByRole('group', { name: 'layer' })
      .getByRole('checkbox', { name: /^Food/ })
      .uncheck()
    await expect(page.getByRole('status')).toHaveText('2 of 3 features')
    await expect(marker(page, 'Riverside Café')).toHaveCount(0)
  })

  test('a CSV given by ?data= opens as points, the row without coordinates reported', async ({
    page,
  }) => {
    await serveStations(page)
    await page.goto('./?data=stations.csv')
    await expect(page.getByRole('status')).toHaveText('2 of 2 features')
    await expect(marker(page, 'Station Noord')).toBeVisible()
    await expect(page.getByRole('alert')).toContainText('It has no location')
  })

  // The page asks for a ?data= file while its HTML parses, and the app takes that request over.
  test('a file given by ?data= is asked for once, before any of the code', async ({ page }) => {
    const asked: string[] = []
    page.on('request', (request) => asked.push(new URL(request.url()).pathname))
    await serveStations(page)
    await page.goto('./?data=stations.csv')
    await expect(page.getByRole('status')).toHaveText('2 of 2 features')
    const data = asked.filter((path) => path.endsWith('/stations.csv'))
    expect(data).toHaveLength(1)
    const firstCode = asked.findIndex((path) => path.endsWith('.js'))
    expect(firstCode).toBeGreaterThan(asked.indexOf(data[0] ?? ''))
  })

  // The loader also starts the dataset worker once the file answers: features are checked while
  // the app's code still downloads, and the app adopts that worker rather than starting another.
  test('a ?data= file is checked while the code still loads, by one worker', async ({ page }) => {
    test.setTimeout(60_000)
    const body = JSON.stringify(generateDataset(1500))
    await page.route('**/many.geojson', (route) =>
      route.fulfill({ contentType: 'application/json', body }),
    )
    const release = await holdCode(page)
    const workers: string[] = []
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname))
    await page.goto('./?data=many.geojson', { waitUntil: 'domcontentloaded' })
    // The first 1 000 checked enterprises are waiting for the app, which has not run yet.
    await expect
      .poll(() =>
        page.evaluate((key) => {
          const early = Reflect.get(window, key) as
            { worker?: { heard: { kind: string }[] } } | undefined
          return early?.worker?.heard.map((message) => message.kind) ?? []
        }, EARLY_DOWNLOAD_KEY),
      )
      .toContain('enterprises')
    release()
    await expect(page.getByRole('status')).toHaveText('1500 of 1500 enterprises', {
      timeout: 20_000,
    })
    expect(workers.filter((path) => /\/dataset\.worker-[\w-]+\.js$/.test(path))).toHaveLength(1)
  })

  // The page is prerendered with the tour; a reader of another file must not see the tour first,
  // neither before the code arrives nor while the file downloads.
  test('a ?data= page never shows the prerendered tour', async ({ page }) => {
    const hold = () => {
      let release = (): void => undefined
      const held = new Promise<void>((resolve) => {
        release = resolve
      })
      return { held, release }
    }
    const code = hold()
    const data = hold()
    await page.route('**/assets/index-*.js', async (route) => {
      await code.held
      await route.continue()
    })
    await page.route('**/stations.csv', async (route) => {
      await data.held
      await route.fulfill({
        contentType: 'text/csv',
        body: readFileSync(ownData('stations-semicolon.csv')),
      })
    })
    // What the page holds at the moment it is shown: the app's own first view, never nothing.
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const html = document.documentElement
        if (!html.hasAttribute('data-other-data') && html.dataset.shownWith === undefined)
          html.dataset.shownWith = document.getElementById('root')?.textContent ?? ''
      }).observe(document, {
        attributes: true,
        subtree: true,
        attributeFilter: ['data-other-data'],
      })
    })
    await page.goto('./?data=stations.csv', { waitUntil: 'domcontentloaded' })
    const tourName = page.getByText(dataset.features[0]?.properties.name ?? '', { exact: true })
    await expect(tourName.first()).toBeHidden()
    // The app's name is there from the first paint, so the page is not blank meanwhile.
    await expect(page.getByRole('heading', { level: 1, name: 'Tour Map' })).toBeVisible()
    code.release()
    await expect(page.getByText('Loading the enterprises…')).toBeVisible()
    await expect(tourName).toHaveCount(0)
    await expect(page.locator('html')).toHaveAttribute(
      'data-shown-with',
      /Loading the enterprises…/,
    )
    data.release()
    await expect(page.getByRole('status')).toHaveText('2 of 2 features')
    await expect(marker(page, 'Station Noord')).toBeVisible()
  })

  test('a feature without any name is shown as Unnamed, and Label from relabels the pins', async ({
    page,
  }) => {
    await page.goto('./')
    await waitForData(page)
    const file = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [126.55, 43.84] },
          properties: { ref: 'A-1' },
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [126.56, 43.85] },
          properties: null,
        },
      ],
    }
    await page.getByLabel('Open a file…').setInputFiles({
      name: 'anonymous.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(JSON.stringify(file)),
    })
    await expect(marker(page, 'Unnamed (feature 2)')).toBeVisible()
    await page.getByRole('combobox', { name: 'Label from' }).selectOption('ref')
    await expect(marker(page, 'A-1')).toBeVisible()
    await expect(page).toHaveURL(/[?&]label=ref/)
  })
})
