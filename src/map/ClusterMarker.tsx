import { memo, useMemo } from 'react'
import { Marker, useMap } from 'react-leaflet'
import { DivIcon, type LeafletKeyboardEvent } from 'leaflet'
import type { Cluster } from './use-clusters'
import { CLUSTER_MAX_ZOOM } from './cluster-index'
import { prefersReducedMotion } from './reduced-motion'

interface ClusterMarkerProps {
  readonly cluster: Cluster
  /** "12 enterprises: zoom in", in the reader's language; the marker's accessible name. */
  readonly label: string
}

function sizeClass(count: number): string {
  if (count < 10) return 'tm-cluster--s'
  if (count < 100) return 'tm-cluster--m'
  return count < 1000 ? 'tm-cluster--l' : 'tm-cluster--xl'
}

/** A numbered circle standing for several enterprises; choosing it zooms in until they part. */
export const ClusterMarker = memo(function ClusterMarker({ cluster, label }: ClusterMarkerProps) {
  const map = useMap()
  const icon = useMemo(() => {
    // An element, not an HTML string: the count is set as text.
    const badge = document.createElement('span')
    badge.textContent = cluster.count.toLocaleString()
    // Hidden from assistive technology: the count as text would become the button's name,
    // leaving the label (the title) as a mere description.
    badge.setAttribute('aria-hidden', 'true')
    return new DivIcon({
      html: badge,
      className: `tm-cluster ${sizeClass(cluster.count)}`,
      iconSize: [44, 44],
      iconAnchor: [22, 22],
    })
  }, [cluster.count])
  const eventHandlers = useMemo(() => {
    const expand = () => {
      const zoom = Math.min(cluster.expansionZoom, CLUSTER_MAX_ZOOM + 1)
      map.setView([cluster.lat, cluster.lng], zoom, { animate: !prefersReducedMotion() })
    }
    return {
      click: expand,
      keypress: (event: LeafletKeyboardEvent) => {
        if (event.originalEvent.key === 'Enter' || event.originalEvent.key === ' ') {
          event.originalEvent.preventDefault()
          expand()
        }
      },
    }
  }, [map, cluster])
  return (
    <Marker
      key={label}
      position={[cluster.lat, cluster.lng]}
      icon={icon}
      title={label}
      keyboard
      // Focus (Tab, or the card handing focus back) must never slide the map under the pointer.
      autoPanOnFocus={false}
      eventHandlers={eventHandlers}
    />
  )
})
