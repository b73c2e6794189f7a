import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../src/app/App'
import { renderWithQuery } from '../support/render'

vi.mock('../../src/map/TourMap', async () => {
  const { FakeTourMap } = await import('../support/fake-tour-map')
  return { TourMap: FakeTourMap }
})

/** OSM-like: a park (Polygon), a road (LineString) and two shops (Points), with their tags. */
const file = readFileSync(
  resolve(process.cwd(), 'tests/fixtures/own-data/park-and-road.geojson'),
  'utf8',
)

const fetchMock = vi.fn<typeof fetch>()

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock)
  fetchMock.mockResolvedValueOnce(new Response(file))
  window.history.replaceState(null, '', '/?data=https%3A%2F%2Fexample.org%2Fwalk.geojson')
})

afterEach(() => {
  fetchMock.mockReset()
  vi.unstubAllGlobals()
  window.history.replaceState(null, '', '/')
})

describe('a line and an area in the list and the card', () => {
  it('lists the park and the road with the points, and counts them as features', async () => {
    renderWithQuery(<App />)
    const list = await screen.findByRole('region', { name: /^Features shown/ })
    for (const name of ['Riverside Park', 'Jiangcheng Road', 'North Café', 'Old Quarter Market']) {
      expect(within(list).getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible()
    }
    expect(screen.getByRole('status')).toHaveTextContent('4 of 4 features')
    // Nothing of the tour: no visit days to filter by, no industries or topics to search.
    expect(screen.queryByRole('group', { name: 'Visit day' })).toBeNull()
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveAttribute(
      'placeholder',
      'Name or any property',
    )
    expect(within(list).queryByText(/Date not reported/)).toBeNull()
  })

  it('opens the park’s card from the list, saying it is an area, with its tags', async () => {
    const user = userEvent.setup()
    renderWithQuery(<App />)
    const list = await screen.findByRole('region', { name: /^Features shown/ })
    await user.click(within(list).getByRole('button', { name: /^Riverside Park/ }))
    const card = screen.getByRole('article', { name: 'Riverside Park' })
    expect(
      await within(card).findByText('Drawn on the map as an area; its pin stands inside it.'),
    ).toBeInTheDocument()
    expect(within(card).getByRole('row', { name: /leisure/ })).toHaveTextContent('park')
    expect(new URLSearchParams(window.location.search).get('id')).toBe('way/24681357')
  })

  it('says a road is a line, and a point says nothing of shapes', async () => {
    const user = userEvent.setup()
    renderWithQuery(<App />)
    const markers = await screen.findByRole('list', { name: 'Markers' })
    await user.click(within(markers).getByRole('button', { name: 'Jiangcheng Road' }))
    const road = screen.getByRole('article', { name: 'Jiangcheng Road' })
    expect(await within(road).findByText(/Drawn on the map as a line/)).toBeInTheDocument()
    await user.click(within(markers).getByRole('button', { name: 'North Café' }))
    const cafe = screen.getByRole('article', { name: 'North Café' })
    expect(await within(cafe).findByRole('row', { name: /amenity/ })).toBeInTheDocument()
    expect(cafe).not.toHaveTextContent('Drawn on the map')
  })
})
