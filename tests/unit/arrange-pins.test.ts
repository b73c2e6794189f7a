import { describe, expect, it } from 'vitest'
import { arrangePins, FAN_MAX } from '../../src/domain/arrange-pins'
import type { ScreenPoint } from '../../src/domain/spread-overlapping'

/** `count` points on a grid `step` pixels apart, 20 to a row. */
function grid(count: number, step: number, x0 = 500, y0 = 500): ScreenPoint[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `p${String(i).padStart(3, '0')}`,
    x: x0 + (i % 20) * step,
    y: y0 + Math.floor(i / 20) * step,
  }))
}

function everyIdOnce(points: readonly ScreenPoint[], layout: ReturnType<typeof arrangePins>) {
  const crowded = layout.crowds.flatMap((c) => c.ids)
  expect(new Set(crowded).size).toBe(crowded.length)
  return crowded.length + points.filter((p) => !crowded.includes(p.id)).length
}

describe('arrangePins', () => {
  it('fans a few overlapping pins out just clear of each other, next to their place', () => {
    const points = grid(3, 0)
    const layout = arrangePins(points, 46, 92, true)
    expect(layout.crowds).toEqual([])
    for (const p of points) {
      const o = layout.offsets.get(p.id)
      expect(o).toBeDefined()
      // A ring of three pins 46 px apart has a radius of 46/√3 ≈ 26.6 px.
      expect(Math.hypot(o?.dx ?? 0, o?.dy ?? 0)).toBeCloseTo(26.56, 1)
    }
  })

  it(`gathers a heap of more than ${String(FAN_MAX)} into crowds on the spot, each feature once`, () => {
    // 200 rooms of a campus 17 px apart at street level: 340 × 170 px.
    const points = grid(200, 17)
    const layout = arrangePins(points, 46, 92, true)
    expect(layout.crowds.length).toBeGreaterThan(1)
    expect(everyIdOnce(points, layout)).toBe(200)
    for (const crowd of layout.crowds) {
      expect(crowd.x).toBeGreaterThanOrEqual(500)
      expect(crowd.x).toBeLessThanOrEqual(500 + 19 * 17)
      expect(crowd.y).toBeGreaterThanOrEqual(500)
      expect(crowd.y).toBeLessThanOrEqual(500 + 9 * 17)
    }
    // Numbered circles (44 px) do not pile on one another.
    for (const a of layout.crowds) {
      for (const b of layout.crowds) {
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(46)
      }
    }
    // No pin of the heap is fanned off somewhere else.
    for (const [, o] of layout.offsets) expect(Math.hypot(o.dx, o.dy)).toBeLessThan(92)
  })

  it('at the last zoom fans even a large heap, compactly rather than on one wide ring', () => {
    const points = grid(200, 0)
    const layout = arrangePins(points, 46, 92, false)
    expect(layout.crowds).toEqual([])
    expect(layout.offsets.size).toBe(200)
    const reach = Math.max(...[...layout.offsets.values()].map((o) => Math.hypot(o.dx, o.dy)))
    // One ring would need 46 / (2·sin(π/200)) ≈ 1464 px; the spiral stays within ~404 px.
    expect(reach).toBeLessThan(420)
  })

  it('leaves pins that do not overlap where they are', () => {
    const points = grid(12, 60)
    const layout = arrangePins(points, 46, 92, true)
    expect(layout.crowds).toEqual([])
    expect(layout.offsets.size).toBe(0)
  })

  it('gives the same crowds whatever the input order', () => {
    const points = grid(50, 10)
    const forward = arrangePins(points, 46, 92, true).crowds
    const backward = arrangePins([...points].reverse(), 46, 92, true).crowds
    const key = (c: { ids: readonly string[] }) => [...c.ids].sort().join()
    expect(backward.map(key).sort()).toEqual(forward.map(key).sort())
  })
})
