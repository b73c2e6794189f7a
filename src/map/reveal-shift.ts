/** A rectangle in the map container's pixels (x grows rightwards, y downwards). */
export interface Box {
  readonly left: number
  readonly top: number
  readonly right: number
  readonly bottom: number
}

/**
 * The part of the map a reader can see when `cover` (the card or bottom sheet, in the same
 * pixels) lies over it: the largest free rectangle left of, right of, above or below the cover.
 */
export function visibleBox(map: Box, cover: Box | null): Box {
  if (cover === null) return map
  const over = intersect(map, cover)
  if (over === null) return map
  const candidates: Box[] = [
    { ...map, right: over.left },
    { ...map, left: over.right },
    { ...map, bottom: over.top },
    { ...map, top: over.bottom },
  ]
  let best = candidates[0] ?? map
  for (const box of candidates) if (area(box) > area(best)) best = box
  return best
}

/**
 * How far to pan (Leaflet's panBy offset, in pixels) so that `pin` lies inside `visible`, and
 * `outline` too when both fit at the current zoom. Zero when they already do: a pin in view
 * never moves the map.
 */
export function revealShift(
  visible: Box,
  pin: Box,
  outline: Box | null,
): { readonly dx: number; readonly dy: number } {
  const wanted = outline === null ? pin : union(pin, outline)
  const x = fits(wanted.left, wanted.right, visible.left, visible.right) ? wanted : pin
  const y = fits(wanted.top, wanted.bottom, visible.top, visible.bottom) ? wanted : pin
  return {
    dx: shiftInto(x.left, x.right, visible.left, visible.right),
    dy: shiftInto(y.top, y.bottom, visible.top, visible.bottom),
  }
}

function fits(low: number, high: number, min: number, max: number): boolean {
  return high - low <= max - min
}

/** The smallest move that brings [low, high] inside [min, max]; centred when it cannot fit. */
function shiftInto(low: number, high: number, min: number, max: number): number {
  if (high - low > max - min) return (low + high) / 2 - (min + max) / 2
  if (low < min) return low - min
  if (high > max) return high - max
  return 0
}

function intersect(a: Box, b: Box): Box | null {
  const box = {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  }
  return box.right > box.left && box.bottom > box.top ? box : null
}

function union(a: Box, b: Box): Box {
  return {
    left: Math.min(a.left, b.left),
    top: Math.min(a.top, b.top),
    right: Math.max(a.right, b.right),
    bottom: Math.max(a.bottom, b.bottom),
  }
}

function area(box: Box): number {
  return Math.max(0, box.right - box.left) * Math.max(0, box.bottom - box.top)
}
