import {
  allMarkers,
  allowConsoleMessages,
  dataset,
  expect,
  failedToLoad,
  marker,
  test,
  total,
  visited,
  waitForData,
} from './fixtures'

const names = dataset.features.map((f) => f.properties.name)

/** An independent oracle for the card's date format: "6 March 2024". */
function longDate(iso: string | null): string | null {
  if (iso === null) return null
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

test.describe('the built-in tour', () => {
  test('draws one marker per enterprise, each named by its English name', async ({ page }) => {
    await page.goto('./')
    await waitForData(page)
    await expect(page.getByRole('status')).toHaveText(
      `${String(total)} of ${String(total)} enterprises`,
    )
    await expect(allMarkers(page)).toHaveCount(total)
    for (const feature of dataset.features) {
      const pin = marker(page, feature.properties.name)
      await expect(pin).toBeVisible()
      await expect(pin).toHaveAttribute('alt', feature.properties.name)
      await expect(pin).toHaveAttribute('title', feature.properties.name)
    }
    await expect(
      page
        .getByRole('banner')
        .getByText(`${String(visited)} enterprises visited · ${String(total)} identified`),
    ).toBeVisible()
    await expect(page.getByRole('link', { name: 'OpenStreetMap' })).toBeVisible()
  })

  test('every marker, co-located ones included, opens a card that matches the dataset', async ({
    page,
  }) => {
    await page.goto('./')
    await waitForData(page)
    for (const feature of dataset.features) {
      const p = feature.properties
      // An open card narrows the map and can hide the next pin; close it first, as a reader would.
      if ((await page.getByRole('article').count()) > 0) {
        await page.getByRole('button', { name: 'Close card' }).click()
      }
      await expect(marker(page, p.name)).toBeInViewport()
      await marker(page, p.name).click()
      const card = page.getByRole('article', { name: p.name })
      await expect(card).toBeVisible()
      await expect(card.getByRole('heading', { level: 2 })).toHaveText(p.name)
      await expect(card).toContainText(p.nameZh ?? 'Chinese name not confirmed')
      await expect(card).toContainText(p.industry)
      await expect(card).toContainText(longDate(p.visitDate) ?? 'Date not reported')
      await expect(card).toContainText(p.district ?? 'district not known')
      await expect(
        card.getByRole('list', { name: 'Topics from the release' }).getByRole('listitem'),
      ).toHaveText(p.topics)
      const links = card.getByRole('list', { name: 'Sources' }).getByRole('link')
      await expect(links).toHaveCount(p.sources.length)
      for (const [i, url] of p.sources.entries()) {
        await expect(links.nth(i)).toHaveAttribute('href', new URL(url).href)
        await expect(links.nth(i)).toHaveAttribute('rel', 'noopener noreferrer')
      }
      await expect(page).toHaveURL(new RegExp(`[?&]id=${feature.id}(&|$)`))
    }
  })

  test('unticking an industry hides its markers and updates the count', async ({ page }) => {
    await page.goto('./')
    await waitForData(page)
    const pharma = dataset.features.filter(
      (f) => f.properties.industry === 'Pharmaceuticals & health',
    )
    await page
      .getByRole('group', { name: 'Industry' })
      .getByRole('checkbox', { name: /^Pharmaceuticals & health/ })
      .uncheck()
    await expect(page.getByRole('status')).toHaveText(
      `${String(total - pharma.length)} of ${String(total)} enterprises`,
    )
    await expect(allMarkers(page)).toHaveCount(total - pharma.length)
    for (const feature of pharma) await expect(marker(page, feature.properties.name)).toHaveCount(0)
    await page.reload()
    await expect(allMarkers(page)).toHaveCount(total - pharma.length)
    await page.getByRole('button', { name: 'Hide all' }).click()
    await expect(page.getByRole('status')).toHaveText(`0 of ${String(total)} enterprises`)
    await expect(allMarkers(page)).toHaveCount(0)
  })

  test('?industry= preselects industries', async ({ page }) => {
    await page.goto('./?industry=Automotive&industry=Steel+%26+metallurgy')
    await expect(page.getByRole('status')).toHaveText(`2 of ${String(total)} enterprises`)
    await expect(allMarkers(page)).toHaveCount(2)
    await expect(page.getByRole('checkbox', { name: /^Automotive/ })).toBeChecked()
    await expect(page.getByRole('checkbox', { name: /^Chemicals/ })).not.toBeChecked()
  })

  test('?id= opens that card; Back and Forward walk through selections', async ({ page }) => {
    await page.goto('./?id=jilin-tianchi-molybdenum')
    await expect(page.getByRole('article', { name: 'Jilin Tianchi Molybdenum' })).toBeVisible()
    await marker(page, 'Lingyuan Technology').click()
    await expect(page.getByRole('article', { name: 'Lingyuan Technology' })).toBeVisible()
    await page.goBack()
    await expect(page.getByRole('article', { name: 'Jilin Tianchi Molybdenum' })).toBeVisible()
    await page.goForward()
    await expect(page.getByRole('article', { name: 'Lingyuan Technology' })).toBeVisible()
    await expect(allMarkers(page)).toHaveCount(total)
  })

  test('keyboard: Enter opens the card, Escape closes it and returns focus to the marker', async ({
    page,
  }) => {
    await page.goto('./')
    await waitForData(page)
    const pin = marker(page, 'Changbaishan Pharmaceutical')
    await pin.focus()
    await expect(pin).toBeFocused()
    await page.keyboard.press('Enter')
    const card = page.getByRole('article', { name: 'Changbaishan Pharmaceutical' })
    await expect(card).toBeVisible()
    await expect(card.getByRole('heading', { level: 2 })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(card).toHaveCount(0)
    await expect(pin).toBeFocused()
    await page.keyboard.press('Enter')
    await card.getByRole('button', { name: 'Close card' }).click()
    await expect(card).toHaveCount(0)
    await expect(pin).toBeFocused()
  })

  test('every pin is reachable with the keyboard', async ({ page }) => {
    await page.goto('./')
    await waitForData(page)
    // Leaflet puts the pins just before its zoom buttons, so Shift+Tab from there walks them.
    await page.getByRole('button', { name: 'Zoom in' }).focus()
    const reached = new Set<string>()
    for (let i = 0; i < total; i++) {
      await page.keyboard.press('Shift+Tab')
      const focused = page.locator(':focus')
      await expect(focused).toHaveRole('button')
      const name = await focused.getAttribute('alt')
      expect(names).toContain(name)
      await expect(marker(page, name ?? '')).toBeFocused()
      reached.add(name ?? '')
    }
    expect([...reached].sort()).toEqual([...names].sort())
  })
})

test.describe('other datasets', () => {
  const small = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'alpha',
        geometry: { type: 'Point', coordinates: [126.55, 43.84] },
        properties: {
          name: 'Alpha Works',
          industry: 'Automotive',
          topics: ['Safety'],
          precision: 'site',
          district: 'Chuanying District',
          visitDate: '2024-03-05',
          namedInRelease: true,
          sources: ['https://example.org/alpha'],
        },
      },
    ],
  }

  test('?data= loads another dataset of the same schema', async ({ page }) => {
    await page.route('**/mine.geojson', (route) => route.fulfill({ json: small }))
    await page.goto('./?data=mine.geojson')
    await expect(page.getByRole('status')).toHaveText('1 of 1 enterprises')
    await expect(allMarkers(page)).toHaveCount(1)
    await marker(page, 'Alpha Works').click()
    await expect(page.getByRole('article', { name: 'Alpha Works' })).toContainText(
      'Exact site in Chuanying District',
    )
  })

  test('a missing dataset shows an alert with the HTTP status and a working Retry', async ({
    page,
    consoleErrors,
  }) => {
    let calls = 0
    await page.route('**/flaky.geojson', (route) => {
      calls += 1
      return calls === 1
        ? route.fulfill({ status: 404, body: 'nope' })
        : route.fulfill({ json: small })
    })
    await page.goto('./?data=flaky.geojson')
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('HTTP 404')
    // The browser itself logs the failed request; that is the one expected console error.
    allowConsoleMessages(consoleErrors, [
      failedToLoad('the server responded with a status of 404 (Not Found)'),
    ])
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect(page.getByRole('status')).toHaveText('1 of 1 enterprises')
  })

  test('an invalid dataset names the feature and field', async ({ page }) => {
    const broken = structuredClone(small)
    broken.features[0]!.geometry.coordinates = [43.84, 126.55]
    await page.route('**/broken.geojson', (route) => route.fulfill({ json: broken }))
    await page.goto('./?data=broken.geojson')
    await expect(page.getByRole('alert')).toContainText('Feature 1 (id “alpha”)')
    await expect(page.getByRole('alert')).toContainText('look swapped')
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible()
  })
})
