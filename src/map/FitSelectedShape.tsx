import { useEffect, useRef } from 'react'
import { useMap } from 'react-leaflet'
import type { Enterprise } from '../domain/enterprise'
import { FIT_PADDING, shapeBounds } from './bounds'
import { prefersReducedMotion } from './reduced-motion'

/** Below this size on screen, a selected line or area is zoomed to. */
const TOO_SMALL_PX = 24

/**
 * When a line or an area is chosen (in the list, on the map, with the keyboard), the map frames
 * it if it does not fit the view or is too small to see; otherwise the view stays as it is and
 * RevealSelected only pans it clear of the card. A selection read from a link keeps the link's view.
 */
export function FitSelectedShape({ selected }: { readonly selected: Enterprise | null }) {
  const map = useMap()
  const lastId = useRef(selected?.id ?? null)
  useEffect(
    function frameSelectedShape() {
      const id = selected?.id ?? null
      if (id === lastId.current) return
      lastId.current = id
      if (selected?.shape === undefined) return
      const bounds = shapeBounds(selected)
      const nw = map.latLngToContainerPoint(bounds.getNorthWest())
      const se = map.latLngToContainerPoint(bounds.getSouthEast())
      const small = Math.max(se.x - nw.x, se.y - nw.y) < TOO_SMALL_PX
      if (!small && map.getBounds().contains(bounds)) return
      map.fitBounds(bounds, { padding: FIT_PADDING, animate: !prefersReducedMotion() })
    },
    [map, selected],
  )
  return null
}
