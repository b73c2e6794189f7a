import { AxeBuilder } from '@axe-core/playwright'
import type { APIRequestContext, Page } from '@playwright/test'
import { allMarkers, dataset, expect, test } from './fixtures'

// The prerendered pages (README "Pages and link previews"); every expected value comes from the
// dataset file or is written out here, never from the app's code.
const first = dataset.features[0]!
const localName = (f: (typeof dataset.features)[number], lang: 'en' | 'zh') =>
  lang === 'zh' ? (f.properties.nameZh ?? f.properties.name) : f.properties.name

async function attribute(page: Page, selector: string, name: string): Promise<string> {
  const value = await page.locator(selector).getAttribute(name)
  expect(value, `${selector} ${name}`).not.toBeNull()
  return value ?? ''
}

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(request: APIRequestContext, url: string) {
  const response = await request.get(url)
  expect(response.status(), url).toBe(200)
  expect(response.headers()['content-type']).toBe('image/png')
  const bytes = await response.body()
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  for (const lang of ['en', 'zh'] as const) {
    test(`every enterprise has its ${lang} page with its tags and a 1200×630 preview`, async ({
      page,
      request,
    }) => {
      test.setTimeout(60_000)
      for (const feature of dataset.features) {
        const path = `${lang === 'zh' ? 'zh/' : ''}e/${feature.id}/`
        await page.goto(`./${path}`)
        const name = localName(feature, lang)
        await expect(page).toHaveTitle(
          new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · `),
        )
        await expect(page.getByRole('article', { name })).toBeVisible()
        expect(await attribute(page, 'meta[name="description"]', 'content')).not.toBe('')
        expect(
          new URL(await attribute(page, 'link[rel="canonical"]', 'href'), page.url()).pathname,
        ).toBe(`/${path}`)
        expect(
          new URL(await attribute(page, 'link[hreflang="zh-CN"]', 'href'), page.url()).pathname,
        ).toBe(`/zh/e/${feature.id}/`)
        expect(
          new URL(await attribute(page, 'link[hreflang="en"]', 'href'), page.url()).pathname,
        ).toBe(`/e/${feature.id}/`)
        expect(await attribute(page, 'meta[property="og:title"]', 'content')).toContain(name)
        expect(await attribute(page, 'meta[name="twitter:card"]', 'content')).toBe(
          'summary_large_image',
        )
        const image = new URL(
          await attribute(page, 'meta[property="og:image"]', 'content'),
          page.url(),
        )
        expect(await attribute(page, 'meta[name="twitter:image"]', 'content')).toBe(
          await attribute(page, 'meta[property="og:image"]', 'content'),
        )
        expect(await pngSize(request, image.href)).toEqual({ width: 1200, height: 630 })
      }
    })
  }

  test('the map page lists every enterprise with its industry, location, topics and sources', async ({
    page,
  }) => {
    await page.goto('./')
    await expect(page.getByText('The map needs JavaScript.')).toBeVisible()
    for (const feature of dataset.features) {
      const item = page.getByRole('listitem').filter({
        has: page.getByRole('heading', { name: feature.properties.name, exact: true }),
      })
      await expect(item).toContainText(feature.properties.industry)
      if (feature.properties.district !== null)
        await expect(item).toContainText(feature.properties.district)
      for (const topic of feature.properties.topics) await expect(item).toContainText(topic)
      for (const source of feature.properties.sources) {
        await expect(item.locator(`a[href="${new URL(source).href}"]`)).toHaveCount(1)
      }
      await expect(item.getByRole('link', { name: feature.properties.name })).toHaveAttribute(
        'href',
        `e/${feature.id}/`,
      )
    }
  })

  for (const path of ['', `zh/e/${first.id}/`]) {
    test(`/${path} shows a picture of the map with a pin per enterprise`, async ({ page }) => {
      await page.goto(`./${path}`)
      const picture = page.getByRole('img', { name: /^(Picture of the map|地图示意图)/ })
      await expect(picture).toBeVisible()
      // Loaded, and drawn as large as the map's region.
      const size = await picture.evaluate((img: HTMLImageElement) => ({
        natural: img.naturalWidth,
        shown: img.getBoundingClientRect().width,
      }))
      expect(size.natural).toBeGreaterThan(0)
      expect(size.shown).toBeGreaterThan(300)
      const svg = await (
        await page.request.get(
          await attribute(page, 'img[src$="map.svg"]', 'src').then(
            (src) => new URL(src, page.url()).href,
          ),
        )
      ).text()
      expect(svg.match(/<g transform="translate\(/g)).toHaveLength(dataset.features.length)
    })
  }

  test('an enterprise page shows its card, in Chinese under zh/', async ({ page }) => {
    await page.goto(`./zh/e/${first.id}/`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    await expect(page.getByText('地图需要 JavaScript。')).toBeVisible()
    const card = page.getByRole('article', { name: localName(first, 'zh') })
    await expect(card).toBeVisible()
    for (const source of first.properties.sources) {
      await expect(card.locator(`a[href="${new URL(source).href}"]`)).toHaveCount(1)
    }
  })
})

test.describe('with JavaScript', () => {
  for (const path of ['', 'zh/', `e/${first.id}/`, `zh/e/${first.id}/`]) {
    test(`/${path} hydrates without a console message, draws the map and works`, async ({
      page,
    }) => {
      // The consoleErrors fixture fails the test on any error or warning, hydration's included.
      await page.goto(`./${path}`)
      await expect(allMarkers(page)).toHaveCount(dataset.features.length)
      // The map has taken the place of its picture.
      await expect(page.getByRole('img', { name: /^(Picture of the map|地图示意图)/ })).toHaveCount(
        0,
      )
      // The panel (hydrated after the map) responds.
      await page.getByRole('searchbox').fill('zzzz-no-such-enterprise')
      // '0 of 9 enterprises', '显示 0 家，共 9 家企业'
      await expect(page.getByRole('status')).toHaveText(/(^|\s)0\s/)
    })
  }

  // The picture of the map is on screen from the first paint; the live map takes its place only
  // once its outlines and pins are drawn, so no frame shows an empty map in between.
  test('the picture of the map stays until the live map has its outlines and pins', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const seen: string[] = []
      Reflect.set(window, '__seen', seen)
      new MutationObserver(() => {
        const note = (what: string, now: boolean) => {
          if (now && !seen.includes(what)) seen.push(what)
        }
        note('pin', document.querySelector('.leaflet-marker-icon') !== null)
        note('outline', document.querySelector('.leaflet-overlay-pane path') !== null)
        note(
          'picture gone',
          document.readyState !== 'loading' && document.querySelector('.tm-map-picture') === null,
        )
      }).observe(document, { childList: true, subtree: true })
    })
    await page.goto('./')
    await expect(allMarkers(page)).toHaveCount(dataset.features.length)
    await expect(page.getByRole('img', { name: /^Picture of the map/ })).toHaveCount(0)
    const seen = await page.evaluate(() => Reflect.get(window, '__seen') as unknown)
    // Pins and outlines in either order (one commit adds both), and only then the picture goes.
    expect(seen).toHaveLength(3)
    expect(seen).toEqual(expect.arrayContaining(['pin', 'outline']))
    expect(seen).toHaveProperty('2', 'picture gone')
  })

  // Content first: on a slow phone the code would share the connection with the page's own
  // stylesheet and picture of the map; it is asked for only once both are there to paint.
  for (const path of ['', `zh/e/${first.id}/`]) {
    test(`/${path} asks for its code only once its stylesheet and map picture are in`, async ({
      page,
    }) => {
      await page.goto(`./${path}`)
      await expect(allMarkers(page)).toHaveCount(dataset.features.length)
      const times = await page.evaluate(() => {
        const loaded = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
        const end = (name: string) => loaded.find((e) => e.name.endsWith(name))?.responseEnd ?? 0
        // The page's own stylesheet, named in its HTML (chunks bring theirs later).
        const sheet = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')?.href
        return {
          styled: sheet === undefined ? 0 : end(sheet),
          picture: end('/previews/map.svg'),
          code: Math.min(...loaded.filter((e) => e.name.endsWith('.js')).map((e) => e.startTime)),
        }
      })
      expect(times.styled).toBeGreaterThan(0)
      expect(times.picture).toBeGreaterThan(0)
      expect(times.code).toBeGreaterThanOrEqual(times.styled)
      expect(times.code).toBeGreaterThanOrEqual(times.picture)
    })
  }

  test('the language switch moves between the English and Chinese pages', async ({ page }) => {
    await page.goto(`./e/${first.id}/`)
    await expect(allMarkers(page)).toHaveCount(dataset.features.length)
    await page.getByRole('button', { name: '中文' }).click()
    // The map adds its view (?map=) to the address as it settles.
    await expect(page).toHaveURL(new RegExp(`/zh/e/${first.id}/(\\?map=[^&]*)?$`))
    await expect(page.getByRole('article', { name: localName(first, 'zh') })).toBeVisible()
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.getByRole('article', { name: first.properties.name })).toBeVisible()
    await expect(page).toHaveURL(new RegExp(`/e/${first.id}/\\?(map=[^&]*&)?lang=en$`))
    // ?lang= still works on any page.
    await page.goto(`./e/${first.id}/?lang=zh`)
    await expect(page.getByRole('article', { name: localName(first, 'zh') })).toBeVisible()
  })

  // Each page asks early for the strings it hydrates with: its own language's, not both.
  for (const [path, locale, wanted, unwanted] of [
    [`e/${first.id}/`, 'en-GB', /\/messages-(?!zh)[^/]+\.js$/, /\/messages-zh-[^/]+\.js$/],
    [`zh/e/${first.id}/`, 'zh-CN', /\/messages-zh-[^/]+\.js$/, /\/messages-(?!zh)[^/]+\.js$/],
  ] as const) {
    test.describe(() => {
      test.use({ locale })
      test(`/${path} for a ${locale} reader downloads only its own strings`, async ({ page }) => {
        const scripts: string[] = []
        page.on('request', (request) => scripts.push(request.url()))
        await page.goto(`./${path}`)
        await expect(allMarkers(page)).toHaveCount(dataset.features.length)
        await page.getByRole('searchbox').fill('zzzz-no-such-enterprise')
        await expect(page.getByRole('status')).toHaveText(/(^|\s)0\s/)
        expect(scripts.filter((url) => wanted.test(url))).toHaveLength(1)
        expect(scripts.filter((url) => unwanted.test(url))).toEqual([])
      })
    })
  }

  for (const path of [`e/${first.id}/`, `zh/e/${first.id}/`, 'zh/']) {
    test(`/${path} has no axe violations`, async ({ page }) => {
      await page.goto(`./${path}`)
      await expect(allMarkers(page)).toHaveCount(dataset.features.length)
      const results = await new AxeBuilder({ page }).analyze()
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([])
    })
  }
})
