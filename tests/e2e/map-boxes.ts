import type { Locator, Page } from '@playwright/test'
import { mapRegion } from './fixtures'

// Where on screen the reader can see the map while a card is open, for the tests that check the
// selected pin stays in view (selected-in-view, direct-load-in-view).

export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

export async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox()
  if (box === null) throw new Error('not on screen')
  return { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height }
}

/** The parts of the map, within the window, that the card leaves free: above it or left of it. */
export async function freeParts(page: Page, card: Locator): Promise<Box[]> {
  const frame = await boxOf(mapRegion(page))
  const viewport = page.viewportSize()
  if (viewport === null) throw new Error('no viewport')
  const map = {
    left: Math.max(frame.left, 0),
    top: Math.max(frame.top, 0),
    right: Math.min(frame.right, viewport.width),
    bottom: Math.min(frame.bottom, viewport.height),
  }
  const over = await boxOf(card)
  const overlaps =
    over.left < map.right && over.right > map.left && over.top < map.bottom && over.bottom > map.top
  if (!overlaps) return [map]
  return [
    { ...map, bottom: Math.min(map.bottom, over.top) },
    { ...map, right: Math.min(map.right, over.left) },
  ].filter((box) => box.bottom > box.top && box.right > box.left)
}

/** Half a pixel of slack: boxes are measured in fractional CSS pixels. */
export function inside(inner: Box, outer: Box): boolean {
  return (
    inner.left >= outer.left - 0.5 &&
    inner.right <= outer.right + 0.5 &&
    inner.top >= outer.top - 0.5 &&
    inner.bottom <= outer.bottom + 0.5
  )
}
