import { useMapEvents } from 'react-leaflet'
import type { MapView } from '../domain/map-view'

/** Reports the camera after each move so that it can be kept in the URL. */
export function TrackView({ onViewChange }: { readonly onViewChange: (view: MapView) => void }) {
  const map = useMapEvents({
    moveend: () => {
      const center = map.getCenter()
      onViewChange({ zoom: map.getZoom(), lat: center.lat, lng: center.lng })
    },
  })
  return null
}
