import { describe, expect, it } from 'vitest'
import { parseViewState, writeViewState, type ViewState } from '../../src/state/view-state'

const DEFAULT_VIEW: ViewState = {
  industries: null,
  days: null,
  query: '',
  selectedId: null,
  dataUrl: null,
  lang: null,
  mapView: null,
  embed: false,
  label: null,
  group: null,
  crs: 'wgs84',
}

describe('parseViewState', () => {
  it('reads an empty query as the default view', () => {
    expect(parseViewState('')).toEqual(DEFAULT_VIEW)
  })

  it('reads repeated industries, the selected id and the dataset URL', () => {
    const search =
      '?industry=Automotive&industry=Steel+%26+metallurgy&id=jiqi-longshan&data=https%3A%2F%2Fexample.org%2Fd.geojson'
    expect(parseViewState(search)).toEqual({
      ...DEFAULT_VIEW,
      industries: ['Automotive', 'Steel & metallurgy'],
      selectedId: 'jiqi-longshan',
      dataUrl: 'https://example.org/d.geojson',
    })
  })

  it('reads an empty industry parameter as "none ticked"', () => {
    expect(parseViewState('?industry=').industries).toEqual([])
  })

  it('ignores a blank id', () => {
    expect(parseViewState('?id=%20').selectedId).toBeNull()
  })
})

describe('writeViewState', () => {
  it('round-trips through parseViewState', () => {
    const state: ViewState = {
      industries: ['Automotive', 'Chemicals & new materials'],
      days: ['2024-03-06', 'unknown'],
      query: '凌远 tech ',
      selectedId: 'x',
      dataUrl: null,
      lang: 'zh',
      mapView: { zoom: 9, lat: 43.8378, lng: 126.5494 },
      embed: true,
      label: 'name:en',
      group: 'amenity',
      crs: 'gcj02',
    }
    expect(parseViewState(writeViewState('', state))).toEqual(state)
    expect(writeViewState('', state)).toContain('label=name%3Aen&group=amenity')
  })

  it('writes "none ticked" so that it survives a reload', () => {
    expect(parseViewState(writeViewState('', { industries: [] })).industries).toEqual([])
  })

  it('drops parameters set back to their default', () => {
    expect(
      writeViewState('?industry=Automotive&id=a', { industries: null, selectedId: null }),
    ).toBe('')
  })

  it('keeps parameters it does not own', () => {
    expect(writeViewState('?utm_source=news&id=a', { selectedId: 'b' })).toBe(
      '?utm_source=news&id=b',
    )
  })

  it('leaves untouched parts of the state alone', () => {
    expect(writeViewState('?data=x.geojson&id=a', { selectedId: null })).toBe('?data=x.geojson')
  })
})

describe('language, map view and embed in the URL', () => {
  it('ignores languages and map views it cannot use', () => {
    expect(parseViewState('?lang=fr').lang).toBeNull()
    expect(parseViewState('?map=9/43.8').mapView).toBeNull()
    expect(parseViewState('?map=30/43.8/126').mapView).toBeNull()
    expect(parseViewState('?map=a/b/c').mapView).toBeNull()
  })

  it('writes the map view as zoom/lat/lng with four decimals', () => {
    expect(writeViewState('', { mapView: { zoom: 9, lat: 43.837812, lng: 126.549411 } })).toBe(
      '?map=9%2F43.8378%2F126.5494',
    )
  })

  it('writes embed only when on', () => {
    expect(writeViewState('?embed=1&id=a', { embed: false })).toBe('?id=a')
  })
})
