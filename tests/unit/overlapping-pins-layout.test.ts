import { describe, expect, it } from 'vitest'
import { spreadOverlapping, type ScreenPoint } from '../../src/domain/spread-overlapping'

// Where fanned-out pins are drawn, in screen pixels (y grows downwards): a reader sees them on a
// circle round the spot they share, the first by id straight above it, neighbours minDistance
// apart, and pins that do not crowd anyone left where they are.

function drawnAt(points: ScreenPoint[], minDistance: number) {
  const offsets = spreadOverlapping(points, minDistance)
  return new Map(
    points.map((p) => {
      const o = offsets.get(p.id) ?? { dx: 0, dy: 0 }
      return [p.id, { x: p.x + o.dx, y: p.y + o.dy }]
    }),
  )
}

const close = (actual: number, expected: number) => {
  expect(actual).toBeCloseTo(expected, 6)
}

describe('pins drawn at one spot', () => {
  it('two pins sit one above the other, minDistance apart, round the spot', () => {
    const at = drawnAt(
      [
        { id: 'b', x: 100, y: 200 },
        { id: 'a', x: 100, y: 200 },
      ],
      30,
    )
    // "a" comes first by id: straight above; "b" straight below.
    close(at.get('a')?.x ?? NaN, 100)
    close(at.get('a')?.y ?? NaN, 185)
    close(at.get('b')?.x ?? NaN, 100)
    close(at.get('b')?.y ?? NaN, 215)
  })

  it('three pins form a triangle with sides of minDistance, the first on top', () => {
    const at = drawnAt(
      ['c', 'a', 'b'].map((id) => ({ id, x: 0, y: 0 })),
      30,
    )
    const a = at.get('a') ?? { x: NaN, y: NaN }
    const b = at.get('b') ?? { x: NaN, y: NaN }
    const c = at.get('c') ?? { x: NaN, y: NaN }
    close(a.x, 0)
    expect(a.y).toBeLessThan(0)
    for (const [p, q] of [
      [a, b],
      [b, c],
      [c, a],
    ] as const) {
      close(Math.hypot(p.x - q.x, p.y - q.y), 30)
    }
    // Going round clockwise on screen: b to the lower right, c to the lower left.
    expect(b.x).toBeGreaterThan(0)
    expect(c.x).toBeLessThan(0)
    close(b.y, c.y)
  })

  it('fans round the middle of the group, not round one of its pins', () => {
    const at = drawnAt(
      [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 10, y: 0 },
      ],
      30,
    )
    close(at.get('a')?.x ?? NaN, 5)
    close(at.get('b')?.x ?? NaN, 5)
    close(at.get('a')?.y ?? NaN, -15)
    close(at.get('b')?.y ?? NaN, 15)
  })
})

describe('which pins move', () => {
  it('pins exactly minDistance apart do not crowd each other', () => {
    const offsets = spreadOverlapping(
      [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 30, y: 0 },
      ],
      30,
    )
    expect(offsets.size).toBe(0)
  })

  it('only the crowded pins move; a pin far away keeps no offset', () => {
    const offsets = spreadOverlapping(
      [
        { id: 'far', x: 500, y: 500 },
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 5, y: 0 },
      ],
      30,
    )
    expect([...offsets.keys()].sort()).toEqual(['a', 'b'])
  })

  it('two separate crowds are fanned separately, each round its own spot', () => {
    const at = drawnAt(
      [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 0, y: 0 },
        { id: 'c', x: 300, y: 0 },
        { id: 'd', x: 300, y: 0 },
      ],
      30,
    )
    close(at.get('a')?.y ?? NaN, -15)
    close(at.get('b')?.y ?? NaN, 15)
    close(at.get('c')?.x ?? NaN, 300)
    close(at.get('c')?.y ?? NaN, -15)
    close(at.get('d')?.y ?? NaN, 15)
  })

  it('a pin close to two others that are apart joins them into one crowd', () => {
    // a–b and b–c are close, a–c are not: the union still takes in all three, in any order.
    const points = [
      { id: 'c', x: 50, y: 0 },
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 25, y: 0 },
    ]
    expect(spreadOverlapping(points, 30).size).toBe(3)
    expect(spreadOverlapping([points[0]!, points[1]!, points[2]!].reverse(), 30).size).toBe(3)
  })
})
