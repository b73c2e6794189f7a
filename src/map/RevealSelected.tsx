import { useEffect } from 'react'
import { useMap } from 'react-leaflet'
import type { Enterprise } from '../domain/enterprise'
import { prefersReducedMotion } from './reduced-motion'

/** Pans so the selected enterprise is in view, without changing the zoom the user chose. */
export function RevealSelected({ enterprise }: { readonly enterprise: Enterprise | null }) {
  const map = useMap()
  useEffect(
    function panToSelection() {
      if (enterprise === null) return
      const point: [number, number] = [enterprise.position.lat, enterprise.position.lng]
      if (!map.getBounds().pad(-0.1).contains(point))
        map.panTo(point, { animate: !prefersReducedMotion() })
    },
    [map, enterprise],
  )
  return null
}
