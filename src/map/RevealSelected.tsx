import { useEffect, type RefObject } from 'react'
import { useMap } from 'react-leaflet'
import type { LatLngBounds, Marker } from 'leaflet'
import type { Enterprise } from '../domain/enterprise'
import { prefersReducedMotion } from './reduced-motion'
import { revealShift, visibleBox, type Box } from './reveal-shift'
import { watchCover } from './watch-cover'

/** The pin image's reach round its anchor (marker-icons.ts), plus a little air. */
const PIN_BOX = { left: 22 + 8, top: 43 + 8, right: 22 + 8, bottom: 5 + 8 }
/** Air between the outline and the visible map's edge. */
const OUTLINE_MARGIN = 12

interface RevealSelectedProps {
  readonly enterprise: Enterprise | null
  /** The selected enterprise's district outline, kept in view with it when it fits. */
  readonly outline: LatLngBounds | null
  /** The card: beside the map on a wide screen, over it as a bottom sheet or corner box. */
  readonly coverRef: RefObject<HTMLElement | null>
  /** The selected enterprise's marker, which may be drawn away from its true point. */
  readonly markerOf: (id: string) => Marker | undefined
}

/**
 * Pans the least needed so that the selected pin (and its outline, when it fits) lies in the part
 * of the map the card leaves visible, without changing the zoom the user chose.
 */
export function RevealSelected({ enterprise, outline, coverRef, markerOf }: RevealSelectedProps) {
  const map = useMap()
  useEffect(
    function keepSelectionInView() {
      if (enterprise === null) return
      const selected = enterprise
      function reveal(cover: HTMLElement | null) {
        // The card has just opened and may have narrowed the map: Leaflet must learn the new size
        // before any pixel below is measured. pan: false keeps what is on screen where it is.
        map.invalidateSize({ pan: false })
        const size = map.getSize()
        const visible = visibleBox(
          { left: 0, top: 0, right: size.x, bottom: size.y },
          coverBox(map.getContainer(), cover),
        )
        const at = map.latLngToContainerPoint(
          markerOf(selected.id)?.getLatLng() ?? [selected.position.lat, selected.position.lng],
        )
        const pin = {
          left: at.x - PIN_BOX.left,
          top: at.y - PIN_BOX.top,
          right: at.x + PIN_BOX.right,
          bottom: at.y + PIN_BOX.bottom,
        }
        const shift = revealShift(visible, pin, outline === null ? null : pixelBox(outline))
        // Whole pixels: Leaflet rounds the offset, and a pan it rounds to nothing fires moveend at
        // once, without a movestart.
        const [dx, dy] = [Math.round(shift.dx), Math.round(shift.dy)]
        if (dx !== 0 || dy !== 0) map.panBy([dx, dy], { animate: !prefersReducedMotion() })
      }
      function pixelBox(bounds: LatLngBounds): Box {
        const nw = map.latLngToContainerPoint(bounds.getNorthWest())
        const se = map.latLngToContainerPoint(bounds.getSouthEast())
        return {
          left: nw.x - OUTLINE_MARGIN,
          top: nw.y - OUTLINE_MARGIN,
          right: se.x + OUTLINE_MARGIN,
          bottom: se.y + OUTLINE_MARGIN,
        }
      }

      reveal(coverRef.current)
      // The card's box is not final yet (see watchCover): reveal again whenever it or the map
      // changes size, after any pan under way has ended, until the reader moves the map.
      let moving = false
      let pending: HTMLElement | null = null
      function onMoveStart() {
        moving = true
      }
      function onMoveEnd() {
        moving = false
        // Taken before revealing: a pan that ends at once calls back here from inside reveal(),
        // and must not find the same cover waiting (that loop overflowed the stack at 412 px wide).
        const cover = pending
        pending = null
        if (cover !== null && cover.isConnected && watcher.watching()) reveal(cover)
      }
      map.on('movestart', onMoveStart)
      map.on('moveend', onMoveEnd)
      const watcher = watchCover(map.getContainer(), coverRef, (cover) => {
        if (moving) pending = cover
        else reveal(cover)
      })
      return function stop() {
        watcher.stop()
        map.off('movestart', onMoveStart)
        map.off('moveend', onMoveEnd)
      }
    },
    [map, enterprise, outline, coverRef, markerOf],
  )
  return null
}

/** Where the cover lies, in the map container's pixels; null when there is none. */
function coverBox(container: HTMLElement, cover: HTMLElement | null): Box | null {
  if (cover === null) return null
  const origin = container.getBoundingClientRect()
  const rect = cover.getBoundingClientRect()
  return {
    left: rect.left - origin.left,
    top: rect.top - origin.top,
    right: rect.right - origin.left,
    bottom: rect.bottom - origin.top,
  }
}
