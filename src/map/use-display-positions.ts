import { useMemo, useState } from 'react'
import { useMap, useMapEvents } from 'react-leaflet'
import type { Enterprise, LatLng } from '../domain/enterprise'
import { spreadOverlapping } from '../domain/spread-overlapping'
import { PIN_CLEARANCE_PX } from './marker-icons'

export interface DisplayPosition {
  readonly position: LatLng
  /** True when the pin is drawn away from its real point so that it can be seen and clicked. */
  readonly displaced: boolean
}

/** Where each pin is drawn at the current zoom; recomputed only when zoom or the data change. */
export function useDisplayPositions(
  enterprises: readonly Enterprise[],
): ReadonlyMap<string, DisplayPosition> {
  const map = useMap()
  const [zoom, setZoom] = useState(() => map.getZoom())
  useMapEvents({
    zoomend: () => {
      setZoom(map.getZoom())
    },
  })
  return useMemo(() => {
    const projected = enterprises.map((enterprise) => {
      const point = map.project([enterprise.position.lat, enterprise.position.lng], zoom)
      return { id: enterprise.id, x: point.x, y: point.y }
    })
    const offsets = spreadOverlapping(projected, PIN_CLEARANCE_PX)
    const positions = new Map<string, DisplayPosition>()
    for (const enterprise of enterprises) {
      const offset = offsets.get(enterprise.id)
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
    return positions
  }, [enterprises, map, zoom])
}
