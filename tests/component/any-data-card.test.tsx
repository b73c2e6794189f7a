import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../src/app/App'
import { renderWithQuery } from '../support/render'
import { openAbout } from '../support/open-about'

vi.mock('../../src/map/TourMap', async () => {
  const { FakeTourMap } = await import('../support/fake-tour-map')
  return { TourMap: FakeTourMap }
})

/** Small files of our own in the shapes people bring: OSM tags, Natural Earth keys, a Chinese POI list. */
function fixture(name: string): string {
  return readFileSync(resolve(process.cwd(), 'tests/fixtures/any-data', name), 'utf8')
}

const fetchMock = vi.fn<typeof fetch>()

function urlOf(input: string | URL | Request): string {
  if (typeof input === 'string') return input
  return input instanceof URL ? input.href : input.url
}

async function open(file: string, lang = '') {
  vi.stubGlobal('fetch', fetchMock)
  fetchMock.mockResolvedValueOnce(new Response(fixture(file)))
  const data = encodeURIComponent(`https://example.org/data/${file}`)
  window.history.replaceState(null, '', `/?data=${data}${lang === '' ? '' : `&lang=${lang}`}`)
  // The Chinese strings are a lazy chunk: the first render suspends until they arrive, and
  // React retries a suspended render only inside an awaited act.
  // eslint-disable-next-line testing-library/no-unnecessary-act
  await act(async () => {
    renderWithQuery(<App />)
    await Promise.resolve()
  })
}

/** The loaded page's header (the loading screen has its own, which the loaded one replaces). */
async function loadedBanner(text: string) {
  await waitFor(
    () => {
      expect(screen.getByRole('banner')).toHaveTextContent(text)
    },
    { timeout: 5000 },
  )
  return screen.getByRole('banner')
}

async function openCard(name: string) {
  const user = userEvent.setup()
  const markers = await screen.findByRole('list', { name: 'Markers' })
  await user.click(within(markers).getByRole('button', { name }))
  // The card's code is a lazy chunk (TourExplorer's later parts), as is the table.
  const card = await screen.findByRole('article', { name }, { timeout: 5000 })
  // The table of the feature's own properties is a lazy chunk.
  await within(card).findByRole('table', {}, { timeout: 5000 })
  return { user, card }
}

afterEach(() => {
  fetchMock.mockReset()
  vi.unstubAllGlobals()
  window.history.replaceState(null, '', '/')
})

describe('the card for any data', () => {
  it("shows the feature's own properties as a table, and none of the tour's wording", async () => {
    await open('osm-cafes.geojson')
    const { card } = await openCard('Café Kichi')
    const table = within(card).getByRole('table', { name: 'Properties of this feature' })
    const rows = within(table).getAllByRole('row')
    const hours = rows.find((row) =>
      within(row).queryByRole('rowheader', { name: 'opening_hours' }),
    )
    expect(hours).toBeDefined()
    expect(hours).toHaveTextContent('Mo-Fr 08:00-18:00; Sa 10:00-17:00')
    expect(within(table).getByRole('rowheader', { name: 'wheelchair' })).toBeInTheDocument()
    for (const tourWording of [
      'Chinese name not confirmed',
      'Visit date',
      'Evidence',
      'Precision not stated',
      'Topics',
      'Sources',
      'release',
      'Industry',
    ]) {
      expect(card).not.toHaveTextContent(tourWording)
    }
  }, 20_000)

  it('makes http(s) addresses links that open safely, and leaves other schemes as text', async () => {
    await open('osm-cafes.geojson')
    const { card } = await openCard('Café Kichi')
    const link = within(card).getByRole('link', { name: 'https://example.org/kichi' })
    expect(link).toHaveAttribute('href', 'https://example.org/kichi')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    expect(within(card).queryByRole('link', { name: /javascript/ })).toBeNull()
    expect(card).toHaveTextContent('javascript:alert(1)')
  }, 20_000)

  it('shortens a long value and shows all of it on request', async () => {
    await open('osm-cafes.geojson')
    const { user, card } = await openCard('Café Kichi')
    const ending = 'cash is preferred for small amounts.'
    expect(card).not.toHaveTextContent(ending)
    const more = within(card).getByRole('button', { name: 'Show all' })
    expect(more).toHaveAttribute('aria-expanded', 'false')
    await user.click(more)
    expect(card).toHaveTextContent(ending)
    expect(within(card).getByRole('button', { name: 'Show less' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
  }, 20_000)

  it('names the file in the title, header and About, from its own name and description', async () => {
    await open('osm-cafes.geojson')
    const user = userEvent.setup()
    const banner = await loadedBanner('osm-cafes.geojson: 2 features')
    expect(banner).toHaveTextContent('Cafés of Kichijōji')
    expect(document.title).toBe('Cafés of Kichijōji · Tour Map')
    expect(banner).not.toHaveTextContent(/Jilin|inspection/)
    await openAbout(user, banner)
    const about = await screen.findByRole('dialog', { name: 'About this data' }, { timeout: 5000 })
    expect(about).toHaveTextContent('Cafés exported from OpenStreetMap with overpass turbo.')
    expect(about).toHaveTextContent('File: osm-cafes.geojson.')
    expect(about).toHaveTextContent('Features shown: 2 features.')
    expect(about).not.toHaveTextContent(/release|enterprises|Jilin/)
  }, 20_000)

  it('says "1 feature" for a file of one, named after its Natural Earth layer', async () => {
    await open('ne-populated-places.geojson')
    const banner = await loadedBanner('ne-populated-places.geojson: 1 feature')
    expect(banner).not.toHaveTextContent('1 features')
    expect(within(banner).getByRole('status')).toHaveTextContent('1 of 1 feature')
    expect(document.title).toBe('ne_110m_populated_places · Tour Map')
    const { card } = await openCard('Tokyo')
    const table = within(card).getByRole('table', { name: 'Properties of this feature' })
    expect(within(table).getByRole('rowheader', { name: 'POP_MAX' })).toBeInTheDocument()
    expect(table).toHaveTextContent('35676000')
  }, 20_000)
})

describe('any data in the Chinese interface', () => {
  it('counts with 个 and does not mark Chinese names as (原文)', async () => {
    await open('poi-parks.geojson', 'zh')
    const banner = await loadedBanner('poi-parks.geojson：2 个要素')
    expect(within(banner).getByRole('status')).toHaveTextContent('显示 2 个，共 2 个要素')
    expect(document.title).toBe('poi-parks.geojson · 调研地图')
    const { card } = await openCard('北山公园')
    expect(card).not.toHaveTextContent('原文')
    expect(within(card).getByRole('table', { name: '该要素的属性' })).toHaveTextContent(
      '吉林市船营区北山街',
    )
    expect(card).not.toHaveTextContent(/中文名称未确认|调研日期|依据/)
  }, 20_000)

  it('counts one feature as 1 个要素', async () => {
    await open('ne-populated-places.geojson', 'zh')
    const banner = await loadedBanner('ne-populated-places.geojson：1 个要素')
    expect(banner).not.toHaveTextContent('1 features')
  }, 20_000)
})

describe('the built-in tour', () => {
  it('keeps the tour in the page title', async () => {
    vi.stubGlobal('fetch', fetchMock)
    fetchMock.mockImplementation((input) =>
      Promise.resolve(
        new Response(
          urlOf(input).includes('districts')
            ? '{"type":"FeatureCollection","features":[]}'
            : readFileSync(resolve(process.cwd(), 'public/data/enterprises.geojson'), 'utf8'),
        ),
      ),
    )
    renderWithQuery(<App />)
    await screen.findByRole('list', { name: 'Markers' })
    await waitFor(() => {
      expect(document.title).toBe('Tour Map · Jilin City inspection tour, March 2024')
    })
  }, 20_000)
})
