import { describe, expect, it } from 'vitest'
import { shareLocation, writeLocation, parseLocation } from '../../src/state/page-location'
import { parseViewState, shareUnchanged, writeViewState } from '../../src/state/view-state'

// What a reader sees change when the address changes: a new camera or filter is taken, and a
// change to one part of the view leaves the others in the link.

const at = (search: string) => parseViewState(search)

describe('a changed address is read as changed', () => {
  it('takes a new camera, whichever of zoom, latitude or longitude moved', () => {
    const before = at('?map=9/43.8/126.5')
    for (const [map, view] of [
      ['10/43.8/126.5', { zoom: 10, lat: 43.8, lng: 126.5 }],
      ['9/43.9/126.5', { zoom: 9, lat: 43.9, lng: 126.5 }],
      ['9/43.8/126.6', { zoom: 9, lat: 43.8, lng: 126.6 }],
    ] as const) {
      expect(shareUnchanged(before, at(`?map=${map}`)).mapView, map).toEqual(view)
    }
    expect(shareUnchanged(before, at('')).mapView).toBeNull()
    expect(shareUnchanged(at(''), before).mapView).toEqual({ zoom: 9, lat: 43.8, lng: 126.5 })
  })

  it('takes a new industry of the same count, and "none ticked" after "all"', () => {
    const automotive = at('?industry=Automotive')
    expect(shareUnchanged(automotive, at('?industry=Steel')).industries).toEqual(['Steel'])
    expect(shareUnchanged(at(''), at('?industry=')).industries).toEqual([])
    expect(shareUnchanged(automotive, at('')).industries).toBeNull()
    expect(shareUnchanged(at('?day=2024-03-04'), at('?day=2024-03-05')).days).toEqual([
      '2024-03-05',
    ])
  })
})

describe('changing one part of the view keeps the others in the link', () => {
  it('selecting an enterprise keeps the industry and day filters', () => {
    expect(
      writeViewState('?industry=Automotive&day=2024-03-04', { selectedId: 'jilin-haiwang' }),
    ).toBe('?industry=Automotive&day=2024-03-04&id=jilin-haiwang')
  })

  it('opening another data file puts it in the link, and closing it takes it out', () => {
    expect(writeViewState('', { dataUrl: 'airports.geojson' })).toBe('?data=airports.geojson')
    expect(writeViewState('?data=airports.geojson&q=x', { dataUrl: null })).toBe('?q=x')
  })
})

describe('the page an address names', () => {
  it('reads Chinese from the zh/ path unless the query string says otherwise', () => {
    expect(parseLocation('zh/').lang).toBe('zh')
    expect(parseLocation('zh/?lang=en').lang).toBe('en')
  })

  it('an enterprise page shows another enterprise as ?id= on the map page', () => {
    expect(writeLocation('e/jilin-haiwang/', { selectedId: 'jilin-lianke' })).toBe(
      '?id=jilin-lianke',
    )
  })

  it('a shared English view says so, so that a Chinese browser opens it in English', () => {
    const view = parseLocation('?lang=en&id=jilin-haiwang&q=steel')
    expect(shareLocation(view, '?lang=en&id=jilin-haiwang&q=steel')).toBe(
      'e/jilin-haiwang/?q=steel&lang=en',
    )
    const chinese = parseLocation('zh/?q=steel')
    expect(shareLocation(chinese, '?lang=zh&q=steel')).toBe('zh/?q=steel')
  })
})
