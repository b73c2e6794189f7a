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
 * on a circle round its centre (in id order, so the layout is stable), and the offsets are returned
 * for the displaced points only. Points keep their true coordinates; only their drawing moves.
 */
export function spreadOverlapping(
  points: readonly ScreenPoint[],
  minDistance: number,
): ReadonlyMap<string, Offset> {
  const groups = groupClosePoints(points, minDistance)
  const offsets = new Map<string, Offset>()
  for (const group of groups) {
    if (group.length < 2) continue
    const cx = group.reduce((sum, p) => sum + p.x, 0) / group.length
    const cy = group.reduce((sum, p) => sum + p.y, 0) / group.length
    // Neighbours on the circle sit minDistance apart: chord = 2r·sin(π/n).
    const radius = minDistance / (2 * Math.sin(Math.PI / Math.max(group.length, 2)))
    const ordered = [...group].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    ordered.forEach((point, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / ordered.length
      offsets.set(point.id, {
        dx: cx + radius * Math.cos(angle) - point.x,
        dy: cy + radius * Math.sin(angle) - point.y,
      })
    })
  }
  return offsets
}

/** Connected groups under "closer than minDistance", by union–find. */
function groupClosePoints(points: readonly ScreenPoint[], minDistance: number): ScreenPoint[][] {
  const parent = points.map((_, i) => i)
  const find = (i: number): number => {
    let root = i
    while (parent[root] !== root) root = parent[root] ?? root
    return root
  }
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i]
      const b = points[j]
      if (a && b && Math.hypot(a.x - b.x, a.y - b.y) < minDistance) {
        parent[find(j)] = find(i)
      }
    }
  }
  const groups = new Map<number, ScreenPoint[]>()
  points.forEach((point, i) => {
    const root = find(i)
    const group = groups.get(root)
    if (group) group.push(point)
    else groups.set(root, [point])
  })
  return [...groups.values()]
}
