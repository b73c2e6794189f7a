import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  cardBox,
  cardHeading,
  cardText,
  dataAskedBeforeCode,
  drawerShown,
  focusedInsideWindow,
  focusedName,
  markTarget,
  markerCount,
  repeatedDownloads,
  startTabRound,
  statusText,
  tabStop,
} from './in-page'
import { expectEqual, TestFailure, waitFor, type Session } from './session'

interface Feature {
  id: string
  properties: { name: string; industry: string }
}

const features = (
  JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/enterprises.geojson'), 'utf8')) as {
    features: Feature[]
  }
).features
const total = features.length
const industries = [...new Set(features.map((f) => f.properties.industry))]

export interface SmokeTest {
  readonly name: string
  run(session: Session): Promise<void>
}

/** Desktop size of the Playwright suite; the phone size is the narrowest the engine allows. */
export const DESKTOP = { width: 1280, height: 800 }
export const PHONE = { width: 390, height: 844 }

async function load(session: Session, path: string): Promise<void> {
  await session.open(path)
  await waitFor(
    session,
    'the result count',
    (pattern) => new RegExp(pattern).test(document.querySelector('.tm-count')?.textContent ?? ''),
    '^\\d+ of \\d+ enterprises$|^显示',
  )
  // The count is prerendered; the map mounts once the page has hydrated and works.
  await waitFor(session, 'the map', () => document.querySelector('.leaflet-container') !== null)
}

async function click(session: Session, selector: string, name: string): Promise<void> {
  if (!(await session.run(markTarget, selector, name)))
    throw new TestFailure(`No visible ${selector} named "${name}"`)
  await session.clickTarget()
}

async function settlesInsideWindow(session: Session): Promise<boolean> {
  const start = Date.now()
  while (Date.now() - start < 2_000) {
    if (await session.run(focusedInsideWindow)) return true
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return false
}

/** Tabs round the whole page once; fails if the document scrolls or focus leaves the window. */
async function tabRound(session: Session, where: string): Promise<number> {
  const problems: string[] = []
  await session.run(startTabRound)
  for (let stops = 1; stops <= 300; stops++) {
    await session.press('Tab')
    const stop = await session.run(tabStop)
    if (stop.documentScroll !== 0) problems.push(`${stop.what}: document scrolled`)
    if (stop.documentOverflow > 0) problems.push(`${stop.what}: document can scroll`)
    if (stop.done) {
      expectEqual(problems, [], `Tab round ${where}`)
      return stops - 1
    }
    if (stop.outsideWindow && !(await settlesInsideWindow(session)))
      problems.push(`${stop.what}: outside the window`)
  }
  throw new TestFailure(`Tab never reached the end of the page ${where}`)
}

export const smokeTests: SmokeTest[] = [
  {
    name: 'loads with one marker per enterprise and fetches nothing twice',
    async run(session) {
      await session.resize(DESKTOP.width, DESKTOP.height)
      await load(session, './')
      expectEqual(
        await session.run(statusText),
        `${String(total)} of ${String(total)} enterprises`,
        'count',
      )
      await waitFor(
        session,
        `${String(total)} markers`,
        (n) => document.querySelectorAll('.leaflet-marker-pane [role="button"]').length === n,
        total,
      )
      expectEqual(await session.run(repeatedDownloads), [], 'files the page downloaded twice')
    },
  },
  {
    // A ?data= file is requested by the page's inline loader and taken over by the app, which
    // replays its bytes through a stream of its own; the prerendered tour stays hidden meanwhile.
    name: 'a file given by ?data= downloads once, shows its markers, and the page is unhidden',
    async run(session) {
      await session.resize(DESKTOP.width, DESKTOP.height)
      await load(session, './?data=data%2Fenterprises.geojson')
      await waitFor(
        session,
        `${String(total)} markers`,
        (n) => document.querySelectorAll('.leaflet-marker-pane [role="button"]').length === n,
        total,
      )
      expectEqual(
        await session.run(() => document.documentElement.hasAttribute('data-other-data')),
        false,
        'page still hidden',
      )
      expectEqual(await session.run(repeatedDownloads), [], 'files the page downloaded twice')
      expectEqual(
        await session.run(dataAskedBeforeCode),
        'file first',
        'file asked for before any code arrived',
      )
    },
  },
  {
    name: 'a card per industry opens from its marker with Enter, and Escape returns to the marker',
    async run(session) {
      await load(session, './')
      for (const industry of industries) {
        const feature = features.find((f) => f.properties.industry === industry)!
        const name = feature.properties.name
        if (!(await session.run(markTarget, '.leaflet-marker-pane [role="button"]', name)))
          throw new TestFailure(`No marker for ${name}`)
        await session.run(() => {
          document.querySelector<HTMLElement>('[data-smoke-target]')?.focus()
        })
        await session.press('Enter')
        await waitFor(
          session,
          `the card of ${name}`,
          (n) => document.querySelector('article.tm-card h2')?.textContent === n,
          name,
        )
        const text = await session.run(cardText)
        if (!text.includes(industry))
          throw new TestFailure(`Card of ${name} does not name ${industry}`)
        await session.press('Escape')
        await waitFor(
          session,
          'the card to close',
          () => document.querySelector('article.tm-card') === null,
        )
        expectEqual(await session.run(focusedName), name, 'focus after Escape')
      }
    },
  },
  {
    name: 'the industry filter and the search narrow the map',
    async run(session) {
      await load(session, './')
      const industry = industries[0]!
      const left = features.filter((f) => f.properties.industry !== industry).length
      await click(session, '.tm-panel input[type="checkbox"]', industry)
      await waitFor(
        session,
        `${String(left)} markers`,
        (n) => document.querySelectorAll('.leaflet-marker-pane [role="button"]').length === n,
        left,
      )
      await load(session, './')
      await click(session, 'input[type="search"]', 'Search')
      await session.typeIntoTarget('molybdenum')
      await waitFor(
        session,
        'one result',
        (t) => document.querySelector('.tm-count')?.textContent === t,
        `1 of ${String(total)} enterprises`,
      )
      expectEqual(await session.run(markerCount), 1, 'markers')
    },
  },
  {
    name: '?id= opens that card; 中文 switches the interface and back',
    async run(session) {
      const feature = features[1]!
      await load(session, `./?id=${feature.id}`)
      await waitFor(
        session,
        'the card',
        (n) => document.querySelector('article.tm-card h2')?.textContent === n,
        feature.properties.name,
      )
      await click(session, '.tm-lang button', '中文')
      await waitFor(
        session,
        'the count in Chinese',
        (t) => document.querySelector('.tm-count')?.textContent === t,
        `显示 ${String(total)} 家，共 ${String(total)} 家企业`,
      )
      expectEqual(await session.run(() => document.documentElement.lang), 'zh-CN', 'html lang')
      await click(session, '.tm-lang button', 'English')
      await waitFor(
        session,
        'the count in English',
        (t) => document.querySelector('.tm-count')?.textContent === t,
        `${String(total)} of ${String(total)} enterprises`,
      )
    },
  },
  {
    name: 'desktop: Tab goes round the whole page without moving it, with and without a card',
    async run(session) {
      await load(session, './')
      const stops = await tabRound(session, 'at desktop size')
      if (stops < 30) throw new TestFailure(`Only ${String(stops)} Tab stops`)
      await load(session, `./?id=${features[0]!.id}`)
      await waitFor(session, 'the card', () => document.querySelector('article.tm-card') !== null)
      await tabRound(session, 'with a card open')
    },
  },
  {
    name: 'phone: drawer, bottom sheet, Escape from the search box, and Tab round each',
    async run(session) {
      const size = await session.resize(PHONE.width, PHONE.height)
      // WebKitGTK's window is at least about 450 px wide: its phone layout is tested there.
      console.log(`    phone layout at ${String(size.width)}×${String(size.height)}`)
      try {
        await load(session, './')
        await tabRound(session, 'on a phone')
        await click(session, 'button', 'Filters and list')
        await waitFor(
          session,
          'the drawer',
          () => document.getElementById('tm-panel')?.getClientRects().length === 1,
        )
        await tabRound(session, 'in the open drawer')
        await click(session, 'input[type="search"]', 'Search')
        await session.press('Escape')
        await waitFor(
          session,
          'the drawer to close',
          () => document.getElementById('tm-panel')?.getClientRects().length === 0,
        )
        expectEqual(await session.run(focusedName), 'Filters and list', 'focus after Escape')
        await click(session, 'button', 'Filters and list')
        await waitFor(
          session,
          'the drawer',
          () => document.getElementById('tm-panel')?.getClientRects().length === 1,
        )
        const name = features[0]!.properties.name
        await click(session, '.tm-panel button', name)
        await waitFor(
          session,
          'the sheet',
          (n) => document.querySelector('article.tm-card h2')?.textContent === n,
          name,
        )
        expectEqual(await session.run(drawerShown), false, 'drawer open under the sheet')
        const sheet = await session.run(cardBox)
        expectEqual(
          sheet && { bottom: sheet.bottom, width: sheet.width },
          { bottom: size.height, width: size.width },
          'sheet at the bottom, full width',
        )
        await tabRound(session, 'with the sheet open')
        await session.press('Escape')
        await waitFor(
          session,
          'the sheet to close',
          () => document.querySelector('article.tm-card') === null,
        )
        expectEqual(await session.run(cardHeading), null, 'card')
      } finally {
        await session.resize(DESKTOP.width, DESKTOP.height)
      }
    },
  },
]
