import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../src/app/App'
import { renderWithQuery } from '../support/render'

vi.mock('../../src/map/TourMap', async () => {
  const { FakeTourMap } = await import('../support/fake-tour-map')
  return { TourMap: FakeTourMap }
})

const fetchMock = vi.fn<typeof fetch>()

/** An OpenStreetMap (overpass) export: labels in name / name:en, categories in `amenity`. */
const osm = {
  type: 'FeatureCollection',
  features: [
    ['node/1', { 'name:en': 'North Mountain Café', amenity: 'cafe', ref: 'C1' }],
    ['node/2', { 'name:en': 'Riverside Café', amenity: 'cafe', ref: 'C2' }],
    ['node/3', { name: 'Jilin Library', amenity: 'library', ref: 'L1' }],
    ['node/4', { amenity: 'bench' }],
  ].map(([id, properties], i) => ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [126.55 + i / 100, 43.84] },
    properties,
  })),
}

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock)
  fetchMock.mockResolvedValueOnce(new Response(JSON.stringify(osm)))
  window.history.replaceState(null, '', '/?data=https%3A%2F%2Fexample.org%2Fosm.geojson')
})

afterEach(() => {
  fetchMock.mockReset()
  vi.unstubAllGlobals()
  window.history.replaceState(null, '', '/')
})

describe("other people's data", () => {
  it('shows every feature, labelled from its name-like property, the unnamed one too', async () => {
    renderWithQuery(<App />)
    const markers = await screen.findByRole('list', { name: 'Markers' })
    for (const name of [
      'North Mountain Café',
      'Riverside Café',
      'Jilin Library',
      'Unnamed (feature 4)',
    ]) {
      expect(within(markers).getByRole('button', { name })).toBeInTheDocument()
    }
  })

  it('groups by the categorical property it proposes, and the filter follows', async () => {
    const user = userEvent.setup()
    renderWithQuery(<App />)
    expect(await screen.findByRole('combobox', { name: 'Group by' })).toHaveValue('amenity')
    const filter = screen.getByRole('group', { name: 'amenity' })
    await user.click(within(filter).getByRole('checkbox', { name: /^cafe/ }))
    const markers = screen.getByRole('list', { name: 'Markers' })
    expect(within(markers).queryByRole('button', { name: 'Riverside Café' })).toBeNull()
    expect(within(markers).getByRole('button', { name: 'Jilin Library' })).toBeInTheDocument()
  })

  it('relabels the pins from the chosen property and keeps the choice in the link', async () => {
    const user = userEvent.setup()
    renderWithQuery(<App />)
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Label from' }), 'ref')
    const markers = screen.getByRole('list', { name: 'Markers' })
    expect(within(markers).getByRole('button', { name: 'L1' })).toBeInTheDocument()
    expect(new URLSearchParams(window.location.search).get('label')).toBe('ref')
  })
})

describe('data from a Chinese web map', () => {
  it('suggests converting from GCJ-02 and keeps the choice in the link', async () => {
    fetchMock.mockReset()
    const amap = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [126.55, 43.84] },
          properties: { name: '北山公园', adcode: '220202' },
        },
      ],
    }
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify(amap)))
    const user = userEvent.setup()
    renderWithQuery(<App />)
    await user.click(await screen.findByRole('button', { name: 'Convert from GCJ-02' }))
    expect(new URLSearchParams(window.location.search).get('crs')).toBe('gcj02')
    expect(await screen.findByText(/converted from GCJ-02/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Show coordinates as given' })).toBeInTheDocument()
  })
})
