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
 * centre; a larger heap is split into crowds, one per `crowdCell`-pixel cell of the map, so
 * that every crowd sits next to the places it stands for (a campus of 200 points
 * becomes a handful of numbered circles on the campus, not a ring of pins far off screen). When
 * the map cannot zoom in further (`canZoomIn` false) every group is fanned, compactly.
 */
export function arrangePins(
  points: readonly ScreenPoint[],
  minDistance: number,
  crowdCell: number,
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
    for (const part of splitAround(group, crowdCell)) {
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

/**
 * The heap cut along a grid of `size`-pixel cells fixed to the map's pixel origin: every crowd
 * then sits in its own cell, at least about a cell away from its neighbours' (greedy discs let
 * neighbouring crowds land on top of each other), and the cut does not depend on input order.
 */
function splitAround(group: readonly ScreenPoint[], size: number): ScreenPoint[][] {
  const cells = new Map<string, ScreenPoint[]>()
  for (const point of group) {
    const key = `${String(Math.floor(point.x / size))},${String(Math.floor(point.y / size))}`
    const cell = cells.get(key)
    if (cell) cell.push(point)
    else cells.set(key, [point])
  }
  return [...cells.values()]
}
