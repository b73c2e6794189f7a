import { fanOut, groupClosePoints, type Offset, type ScreenPoint } from './spread-overlapping'

/** Several overlapping pins drawn as one numbered circle near their true places. */
export interface Crowd {
  readonly ids: readonly string[]
  /** The members' mean position, in the same pixels as the input. */
  readonly x: number
  readonly y: number
}

export interface PinLayout {
  /** Pins drawn away from their true point (fanned out), by id. */
  readonly offsets: ReadonlyMap<string, Offset>
  readonly crowds: readonly Crowd[]
}

/** Overlapping groups up to this size are fanned out; larger ones become crowds. */
export const FAN_MAX = 8

/**
 * How to draw pins that would overlap: a few are fanned out just clear of each other round their
 * centre; a larger heap is split into crowds, each gathering the pins within `crowdRadius` of its
 * first member, so that every crowd sits next to the places it stands for (a campus of 200 points
 * becomes a handful of numbered circles on the campus, not a ring of pins far off screen). When
 * the map cannot zoom in further (`canZoomIn` false) every group is fanned, compactly.
 */
export function arrangePins(
  points: readonly ScreenPoint[],
  minDistance: number,
  crowdRadius: number,
  canZoomIn: boolean,
): PinLayout {
  const offsets = new Map<string, Offset>()
  const crowds: Crowd[] = []
  for (const group of groupClosePoints(points, minDistance)) {
    if (group.length < 2) continue
    if (group.length <= FAN_MAX || !canZoomIn) {
      fanOut(group, minDistance, offsets)
      continue
    }
    for (const part of splitAround(group, crowdRadius)) {
      if (part.length === 1) continue
      crowds.push({
        ids: part.map((p) => p.id),
        x: part.reduce((sum, p) => sum + p.x, 0) / part.length,
        y: part.reduce((sum, p) => sum + p.y, 0) / part.length,
      })
    }
  }
  return { offsets, crowds }
}

/** Greedy seeds in id order: each takes every still-free point within `radius` of it. */
function splitAround(group: readonly ScreenPoint[], radius: number): ScreenPoint[][] {
  const free = [...group].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const parts: ScreenPoint[][] = []
  while (free.length > 0) {
    const seed = free[0]
    if (seed === undefined) break
    const part = free.filter((p) => Math.hypot(p.x - seed.x, p.y - seed.y) <= radius)
    parts.push(part)
    const taken = new Set(part)
    for (let i = free.length - 1; i >= 0; i--) {
      const p = free[i]
      if (p !== undefined && taken.has(p)) free.splice(i, 1)
    }
  }
  return parts
}
