export interface ScreenPoint {
  readonly id: string
  readonly x: number
  readonly y: number
}

export interface Offset {
  readonly dx: number
  readonly dy: number
}

/**
 * Markers closer than `minDistance` pixels would hide each other. Each such group is fanned out
 * round its centre (in id order, so the layout is stable), and the offsets are returned for the
 * displaced points only. Points keep their true coordinates; only their drawing moves.
 */
export function spreadOverlapping(
  points: readonly ScreenPoint[],
  minDistance: number,
): ReadonlyMap<string, Offset> {
  const offsets = new Map<string, Offset>()
  for (const group of groupClosePoints(points, minDistance)) {
    if (group.length > 1) fanOut(group, minDistance, offsets)
  }
  return offsets
}

/** Up to this many pins go on one ring; more are laid on a sunflower spiral, which stays compact. */
const RING_MAX = 8

/** Adds to `offsets` where each point of `group` is drawn so that none is within minDistance. */
export function fanOut(
  group: readonly ScreenPoint[],
  minDistance: number,
  offsets: Map<string, Offset>,
): void {
  const cx = group.reduce((sum, p) => sum + p.x, 0) / group.length
  const cy = group.reduce((sum, p) => sum + p.y, 0) / group.length
  const ordered = [...group].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  ordered.forEach((point, i) => {
    const { x, y } =
      ordered.length <= RING_MAX ? onRing(i, ordered.length, minDistance) : onSpiral(i, minDistance)
    offsets.set(point.id, { dx: cx + x - point.x, dy: cy + y - point.y })
  })
}

function onRing(i: number, count: number, minDistance: number): { x: number; y: number } {
  // Neighbours on the circle sit minDistance apart: chord = 2r·sin(π/n).
  const radius = minDistance / (2 * Math.sin(Math.PI / Math.max(count, 2)))
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / count
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) }
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5))

/** Vogel's sunflower: each point gets an equal share of a disc whose radius grows as √n. */
function onSpiral(i: number, minDistance: number): { x: number; y: number } {
  const radius = 0.62 * minDistance * Math.sqrt(i + 0.5)
  const angle = i * GOLDEN_ANGLE
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) }
}

/**
 * Connected groups under "closer than minDistance", by union–find. Points are bucketed in a grid
 * of minDistance cells so that only neighbouring cells are compared: linear for spread-out data.
 */
export function groupClosePoints(
  points: readonly ScreenPoint[],
  minDistance: number,
): ScreenPoint[][] {
  const parent = points.map((_, i) => i)
  const find = (i: number): number => {
    let root = i
    while (parent[root] !== root) root = parent[root] ?? root
    return root
  }
  const cells = new Map<string, number[]>()
  const cellOf = (p: ScreenPoint) => [Math.floor(p.x / minDistance), Math.floor(p.y / minDistance)]
  points.forEach((point, i) => {
    const [cx = 0, cy = 0] = cellOf(point)
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of cells.get(`${String(cx + dx)},${String(cy + dy)}`) ?? []) {
          const other = points[j]
          if (other && Math.hypot(point.x - other.x, point.y - other.y) < minDistance) {
            parent[find(i)] = find(j)
          }
        }
      }
    }
    const key = `${String(cx)},${String(cy)}`
    const cell = cells.get(key)
    if (cell) cell.push(i)
    else cells.set(key, [i])
  })
  const groups = new Map<number, ScreenPoint[]>()
  points.forEach((point, i) => {
    const root = find(i)
    const group = groups.get(root)
    if (group) group.push(point)
    else groups.set(root, [point])
  })
  return [...groups.values()]
}
