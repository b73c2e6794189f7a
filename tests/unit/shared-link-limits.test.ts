import { describe, expect, it } from 'vitest'
import { parseViewState, writeViewState } from '../../src/state/view-state'

// A shared link is typed, pasted and trimmed by people: the camera it names is used only when it
// is a real place on a zoom level the map has, and every other parameter reads the way the README
// ("State in the URL") promises.
describe('a link’s camera (map=zoom/lat/lng)', () => {
  it('opens on the edges of the world and of the zoom range', () => {
    expect(parseViewState('?map=0/-90/-180').mapView).toEqual({ zoom: 0, lat: -90, lng: -180 })
    expect(parseViewState('?map=19/90/180').mapView).toEqual({ zoom: 19, lat: 90, lng: 180 })
  })

  it('is ignored just past any edge', () => {
    for (const map of [
      '-0.5/43.8/126.5',
      '19.5/43.8/126.5',
      '9/90.01/126.5',
      '9/-90.01/126.5',
      '9/43.8/180.01',
      '9/43.8/-180.01',
    ]) {
      expect(parseViewState(`?map=${map}`).mapView, map).toBeNull()
    }
  })

  it('is ignored when any part is not a number', () => {
    expect(parseViewState('?map=9/43.8/east').mapView).toBeNull()
    expect(parseViewState('?map=north/43.8/126.5').mapView).toBeNull()
    expect(parseViewState('?map=9/Infinity/126.5').mapView).toBeNull()
  })

  it('is written with the zoom to two decimals and the place to four', () => {
    expect(writeViewState('', { mapView: { zoom: 9.4567, lat: 43.8, lng: 126.5 } })).toBe(
      '?map=9.46%2F43.8000%2F126.5000',
    )
  })

  it('leaves the link when the camera is cleared', () => {
    expect(writeViewState('?map=9%2F43.8%2F126.5&id=a', { mapView: null })).toBe('?id=a')
  })
})

describe('the other parameters of a shared link', () => {
  it('takes the Chinese-map datum in any letter case, and WGS-84 otherwise', () => {
    expect(parseViewState('?crs=GCJ02').crs).toBe('gcj02')
    expect(parseViewState('?crs=bd09').crs).toBe('wgs84')
    expect(writeViewState('?crs=gcj02&id=a', { crs: 'wgs84' })).toBe('?id=a')
    expect(writeViewState('', { crs: 'gcj02' })).toBe('?crs=gcj02')
  })

  it('embeds only for embed=1', () => {
    expect(parseViewState('?embed=1').embed).toBe(true)
    expect(parseViewState('?embed=true').embed).toBe(false)
    expect(writeViewState('', { embed: true })).toBe('?embed=1')
  })

  it('reads both languages and forgets the choice when it is cleared', () => {
    expect(parseViewState('?lang=en').lang).toBe('en')
    expect(parseViewState('?lang=zh').lang).toBe('zh')
    expect(writeViewState('?lang=zh&id=a', { lang: null })).toBe('?id=a')
  })

  it('treats a blank label, group, data or id as absent', () => {
    const state = parseViewState('?label=%20&group=&data=%20%20&id=')
    expect(state.label).toBeNull()
    expect(state.group).toBeNull()
    expect(state.dataUrl).toBeNull()
    expect(state.selectedId).toBeNull()
  })

  it('keeps a label, group and data file as written', () => {
    const state = parseViewState('?label=title&group=type&data=airports.geojson')
    expect(state.label).toBe('title')
    expect(state.group).toBe('type')
    expect(state.dataUrl).toBe('airports.geojson')
    expect(writeViewState('', { label: 'title', group: 'type' })).toBe('?label=title&group=type')
    expect(writeViewState('?label=title&group=type&q=x', { label: null, group: null })).toBe('?q=x')
  })

  it('drops an emptied search and the days filter set back to all', () => {
    expect(writeViewState('?q=steel&id=a', { query: '' })).toBe('?id=a')
    expect(writeViewState('?day=2024-03-04&id=a', { days: null })).toBe('?id=a')
    expect(writeViewState('', { days: ['2024-03-04', 'unknown'] })).toBe(
      '?day=2024-03-04&day=unknown',
    )
    expect(parseViewState('?day=2024-03-04&day=').days).toEqual(['2024-03-04'])
  })

  it('writes nothing at all for the default view', () => {
    expect(writeViewState('?id=a', { selectedId: null })).toBe('')
  })
})
