import { useMemo, useState } from 'react'
import { useMap, useMapEvents } from 'react-leaflet'
import type { Enterprise, LatLng } from '../domain/enterprise'
import { arrangePins } from '../domain/arrange-pins'
import { PIN_CLEARANCE_PX } from './marker-icons'
import type { Cluster } from './use-clusters'

export interface DisplayPosition {
  readonly position: LatLng
  /** True when the pin is drawn away from its real point so that it can be seen and clicked. */
  readonly displaced: boolean
}

export interface DisplayLayout {
  /** Where each pin is drawn; an enterprise in a crowd has none. */
  readonly positions: ReadonlyMap<string, DisplayPosition>
  /** Heaps of overlapping pins, drawn as numbered circles next to their places. */
  readonly crowds: readonly Cluster[]
}

/** Crowds are cut along a grid of cells this many pixels wide: about two pins' reach. */
const CROWD_CELL_PX = 2 * PIN_CLEARANCE_PX
/** Leaflet's tile layers stop at 18; without a basemap the map would have no last zoom at all. */
const LAST_ZOOM = 18
/** Zoom levels a crowd's circle zooms in by, enough for its pins (within 92 px) to part. */
const CROWD_ZOOM_STEP = 2

/**
 * Where each pin is drawn at the current zoom, recomputed only when zoom or the data change.
 * `keepOwnPin` (the selected one) is never put in a crowd: its card needs a pin to stand by.
 */
export function useDisplayLayout(
  enterprises: readonly Enterprise[],
  keepOwnPin: string | null,
): DisplayLayout {
  const map = useMap()
  const [zoom, setZoom] = useState(() => map.getZoom())
  useMapEvents({
    zoomend: () => {
      setZoom(map.getZoom())
    },
  })
  return useMemo(() => {
    const projected = enterprises.map((e) => {
      const point = map.project([e.position.lat, e.position.lng], zoom)
      return { id: e.id, x: point.x, y: point.y }
    })
    const lastZoom = Math.min(map.getMaxZoom(), LAST_ZOOM)
    const canZoomIn = zoom < lastZoom
    const layout = arrangePins(projected, PIN_CLEARANCE_PX, CROWD_CELL_PX, canZoomIn)
    // The kept pin leaves its crowd; a crowd left with one member gives it back its pin.
    const kept = layout.crowds
      .map((crowd) => ({ ...crowd, ids: crowd.ids.filter((id) => id !== keepOwnPin) }))
      .filter((crowd) => crowd.ids.length > 1)
    const crowded = new Set(kept.flatMap((crowd) => crowd.ids))
    const positions = new Map<string, DisplayPosition>()
    for (const enterprise of enterprises) {
      if (crowded.has(enterprise.id)) continue
      const offset = layout.offsets.get(enterprise.id)
      if (offset === undefined) {
        positions.set(enterprise.id, { position: enterprise.position, displaced: false })
        continue
      }
      const point = map.project([enterprise.position.lat, enterprise.position.lng], zoom)
      const moved = map.unproject([point.x + offset.dx, point.y + offset.dy], zoom)
      positions.set(enterprise.id, {
        position: { lat: moved.lat, lng: moved.lng },
        displaced: true,
      })
    }
    const crowds = kept.map((crowd, i): Cluster => {
      const at = map.unproject([crowd.x, crowd.y], zoom)
      return {
        // Negative, so that a crowd's id never meets a cluster index's.
        id: -1 - i,
        lat: at.lat,
        lng: at.lng,
        count: crowd.ids.length,
        expansionZoom: Math.min(zoom + CROWD_ZOOM_STEP, lastZoom),
      }
    })
    return { positions, crowds }
  }, [enterprises, keepOwnPin, map, zoom])
}
