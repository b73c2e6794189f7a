import { describe, expect, it } from 'vitest'
import { spreadOverlapping, type ScreenPoint } from '../../src/domain/spread-overlapping'

function drawn(points: ScreenPoint[], minDistance: number) {
  const offsets = spreadOverlapping(points, minDistance)
  return points.map((p) => {
    const o = offsets.get(p.id) ?? { dx: 0, dy: 0 }
    return { id: p.id, x: p.x + o.dx, y: p.y + o.dy }
  })
}

describe('spreadOverlapping', () => {
  it('leaves points that are far apart where they are', () => {
    const offsets = spreadOverlapping(
      [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 100, y: 0 },
      ],
      30,
    )
    expect(offsets.size).toBe(0)
  })

  it('separates points that share a spot by at least the minimum distance', () => {
    const points = ['a', 'b', 'c', 'd'].map((id) => ({ id, x: 50, y: 50 }))
    const result = drawn(points, 30)
    for (let i = 0; i < result.length; i++) {
      for (let j = i + 1; j < result.length; j++) {
        const a = result[i]!
        const b = result[j]!
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(29.99)
      }
    }
  })

  it('spreads chains of nearly overlapping points as one group', () => {
    const points = [
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 20, y: 0 },
      { id: 'c', x: 40, y: 0 },
    ]
    expect(spreadOverlapping(points, 30).size).toBe(3)
  })

  it('gives the same layout whatever the input order', () => {
    const points = ['x', 'y', 'z'].map((id) => ({ id, x: 10, y: 10 }))
    const forward = drawn(points, 30)
    const backward = drawn([...points].reverse(), 30)
    expect([...backward].sort((a, b) => a.id.localeCompare(b.id))).toEqual(forward)
  })
})
