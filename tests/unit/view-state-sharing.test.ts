import { describe, expect, it } from 'vitest'
import { parseViewState, shareUnchanged } from '../../src/state/view-state'

// Panning rewrites only `map=`; everything derived from the rest of the URL must see the very
// same objects, or memoised filtering and clustering redo their work on every pan.
describe('shareUnchanged', () => {
  const before = parseViewState(
    '?industry=Automotive&industry=Steel&day=2024-03-04&map=9/43.8/126.5',
  )

  it('keeps the filters’ arrays when only the camera moved', () => {
    const after = shareUnchanged(
      before,
      parseViewState('?industry=Automotive&industry=Steel&day=2024-03-04&map=10/43.9/126.6'),
    )
    expect(after).not.toBe(before)
    expect(after.industries).toBe(before.industries)
    expect(after.days).toBe(before.days)
    expect(after.mapView).toEqual({ zoom: 10, lat: 43.9, lng: 126.6 })
  })

  it('returns the previous state itself when nothing changed', () => {
    const again = parseViewState(
      '?industry=Automotive&industry=Steel&day=2024-03-04&map=9/43.8/126.5',
    )
    expect(again).not.toBe(before)
    expect(shareUnchanged(before, again)).toBe(before)
  })

  it('gives a new array where the list changed, and keeps the others', () => {
    const after = shareUnchanged(
      before,
      parseViewState('?industry=Automotive&day=2024-03-04&map=9/43.8/126.5'),
    )
    expect(after.industries).toEqual(['Automotive'])
    expect(after.days).toBe(before.days)
    expect(after.mapView).toBe(before.mapView)
  })

  it('tells "none ticked" from "all" and order from order', () => {
    expect(shareUnchanged(before, parseViewState('?industry=')).industries).toEqual([])
    expect(shareUnchanged(before, parseViewState('?day=2024-03-04')).industries).toBeNull()
    expect(
      shareUnchanged(before, parseViewState('?industry=Steel&industry=Automotive')).industries,
    ).toEqual(['Steel', 'Automotive'])
  })

  it('passes the new state through when there is no previous one', () => {
    const first = parseViewState('?q=steel')
    expect(shareUnchanged(null, first)).toBe(first)
  })
})
