import { describe, expect, it } from 'vitest'
import { revealShift, visibleBox } from '../../src/map/reveal-shift'

const map = { left: 0, top: 0, right: 390, bottom: 800 }

describe('visibleBox', () => {
  it('is the whole map when nothing covers it', () => {
    expect(visibleBox(map, null)).toEqual(map)
    expect(visibleBox(map, { left: 400, top: 0, right: 700, bottom: 800 })).toEqual(map)
  })

  it('is the part above a bottom sheet', () => {
    expect(visibleBox(map, { left: 0, top: 500, right: 390, bottom: 844 })).toEqual({
      ...map,
      bottom: 500,
    })
  })

  it('is the larger free side of a box in the corner', () => {
    const wide = { left: 0, top: 0, right: 1000, bottom: 400 }
    expect(visibleBox(wide, { left: 650, top: 120, right: 1000, bottom: 400 })).toEqual({
      ...wide,
      right: 650,
    })
  })
})

describe('revealShift', () => {
  const visible = { left: 0, top: 0, right: 390, bottom: 500 }

  it('does not move a pin already in view', () => {
    expect(revealShift(visible, { left: 100, top: 100, right: 150, bottom: 160 }, null)).toEqual({
      dx: 0,
      dy: 0,
    })
  })

  it('brings a pin under the sheet up just far enough', () => {
    expect(revealShift(visible, { left: 100, top: 600, right: 150, bottom: 660 }, null)).toEqual({
      dx: 0,
      dy: 160,
    })
  })

  it('brings a pin left of the map right', () => {
    expect(revealShift(visible, { left: -80, top: 10, right: -30, bottom: 70 }, null)).toEqual({
      dx: -80,
      dy: 0,
    })
  })

  it('keeps the outline in view with the pin when both fit', () => {
    const pin = { left: 100, top: 400, right: 150, bottom: 460 }
    const outline = { left: 50, top: 300, right: 300, bottom: 560 }
    expect(revealShift(visible, pin, outline)).toEqual({ dx: 0, dy: 60 })
  })

  it('keeps only the pin in view when the outline is larger than the visible map', () => {
    const pin = { left: 100, top: 600, right: 150, bottom: 660 }
    const outline = { left: -500, top: -500, right: 900, bottom: 900 }
    expect(revealShift(visible, pin, outline)).toEqual({ dx: 0, dy: 160 })
  })
})
