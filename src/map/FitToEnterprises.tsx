import { useEffect } from 'react'
import { useMap } from 'react-leaflet'
import type { Enterprise } from '../domain/enterprise'
import { FIT_MAX_ZOOM, FIT_PADDING, boundsOf } from './bounds'

/** Re-frames the map when a different dataset arrives; filtering alone keeps the user's view. */
export function FitToEnterprises({ enterprises }: { readonly enterprises: readonly Enterprise[] }) {
  const map = useMap()
  useEffect(
    function fitDataset() {
      if (enterprises.length === 0) return
      map.fitBounds(boundsOf(enterprises), { padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM })
    },
    [map, enterprises],
  )
  return null
}
