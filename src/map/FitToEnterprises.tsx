import { useEffect, useRef } from 'react'
import { useMap } from 'react-leaflet'
import type { Enterprise } from '../domain/enterprise'
import { FIT_PADDING, boundsOf, fitMaxZoom } from './bounds'

interface FitToEnterprisesProps {
  readonly enterprises: readonly Enterprise[]
}

/**
 * Re-frames the map when a different dataset arrives; filtering alone keeps the user's view. The
 * first dataset is not: the map was made with its frame, or with the view a link gave. Framed
 * again, it moved the map by nothing, and that move wrote the camera (`map=`) into the page's
 * address on every load, as though the reader had moved the map.
 */
export function FitToEnterprises({ enterprises }: FitToEnterprisesProps) {
  const map = useMap()
  // The dataset last framed; idempotent, so a remount (or StrictMode's rehearsal) does not re-frame.
  const framed = useRef<readonly Enterprise[] | null>(enterprises)
  useEffect(
    function fitDataset() {
      if (framed.current === enterprises || enterprises.length === 0) return
      framed.current = enterprises
      const bounds = boundsOf(enterprises)
      map.fitBounds(bounds, { padding: FIT_PADDING, maxZoom: fitMaxZoom(bounds) })
    },
    [map, enterprises],
  )
  return null
}
