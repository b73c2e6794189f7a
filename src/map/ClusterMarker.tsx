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
  /**
   * The closest zoom choosing it may reach: by default one past the cluster index's last level;
   * a crowd of overlapping pins (use-display-positions.ts) may need street level.
   */
  readonly maxZoom?: number
}

function sizeClass(count: number): string {
  if (count < 10) return 'tm-cluster--s'
  if (count < 100) return 'tm-cluster--m'
  return count < 1000 ? 'tm-cluster--l' : 'tm-cluster--xl'
}

/** A numbered circle standing for several enterprises; choosing it zooms in until they part. */
export const ClusterMarker = memo(function ClusterMarker({
  cluster,
  label,
  maxZoom = CLUSTER_MAX_ZOOM + 1,
}: ClusterMarkerProps) {
  const map = useMap()
  const icon = useMemo(() => {
    // An element, not an HTML string: the count is set as text.
    const badge = document.createElement('span')
    badge.textContent = cluster.count.toLocaleString()
    // Hidden from assistive technology: the marker's name is then its title ("12 … zoom in"),
    // not the bare number its content would give it.
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
      const zoom = Math.min(cluster.expansionZoom, maxZoom)
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
  }, [map, cluster, maxZoom])
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
