import { useEffect, useRef } from 'react'
import { useMap } from 'react-leaflet'
import type { Enterprise } from '../domain/enterprise'
import { FIT_PADDING, boundsOf, fitMaxZoom } from './bounds'

interface FitToEnterprisesProps {
  readonly enterprises: readonly Enterprise[]
  /** True when the first view came from a link, which must not be overridden. */
  readonly skipFirst: boolean
}

/** Re-frames the map when a different dataset arrives; filtering alone keeps the user's view. */
export function FitToEnterprises({ enterprises, skipFirst }: FitToEnterprisesProps) {
  const map = useMap()
  // The dataset last framed; idempotent, so a remount (or StrictMode's rehearsal) does not re-frame.
  const framed = useRef<readonly Enterprise[] | null>(skipFirst ? enterprises : null)
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
