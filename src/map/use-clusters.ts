import { useEffect, useMemo, useState } from 'react'
import { useMap, useMapEvents } from 'react-leaflet'
import type { LatLngBounds } from 'leaflet'
import type { Enterprise } from '../domain/enterprise'
import { buildClusterIndex, CLUSTER_THRESHOLD, type ClusterIndex } from './cluster-index'

export interface Cluster {
  readonly id: number
  readonly lat: number
  readonly lng: number
  readonly count: number
  readonly expansionZoom: number
}

export interface ClusteredView {
  /** Enterprises drawn as their own pins. */
  readonly points: readonly Enterprise[]
  readonly clusters: readonly Cluster[]
}

/**
 * What to draw for the current viewport: every enterprise when there are few, otherwise the
 * clusters and single pins in view. Recomputed on move, which at any size costs well under a
 * millisecond; the index itself is rebuilt only when the set of enterprises changes.
 */
export function useClusters(enterprises: readonly Enterprise[]): ClusteredView {
  const map = useMap()
  const large = enterprises.length > CLUSTER_THRESHOLD
  const [built, setBuilt] = useState<{ source: readonly Enterprise[]; index: ClusterIndex } | null>(
    null,
  )
  const [camera, setCamera] = useState(() => ({ bounds: map.getBounds(), zoom: map.getZoom() }))
  useMapEvents({
    moveend: () => {
      setCamera({ bounds: map.getBounds(), zoom: map.getZoom() })
    },
  })
  useEffect(
    function indexEnterprises() {
      if (!large) return
      let cancelled = false
      void buildClusterIndex(enterprises).then((index) => {
        if (!cancelled) setBuilt({ source: enterprises, index })
      })
      return function cancel() {
        cancelled = true
      }
    },
    [enterprises, large],
  )

  return useMemo(() => {
    if (!large) return { points: enterprises, clusters: [] }
    if (built === null) return { points: [], clusters: [] }
    // Until the index for these enterprises exists, the previous one stays on screen: a blank
    // map would flash on every change of filter.
    return viewOf(built.index, built.source, camera.bounds.pad(0.2), Math.round(camera.zoom))
  }, [large, built, enterprises, camera])
}

function viewOf(
  index: ClusterIndex,
  enterprises: readonly Enterprise[],
  bounds: LatLngBounds,
  zoom: number,
): ClusteredView {
  const items = index.getClusters(
    [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
    zoom,
  )
  const points: Enterprise[] = []
  const clusters: Cluster[] = []
  for (const item of items) {
    const [lng = 0, lat = 0] = item.geometry.coordinates
    const props = item.properties
    if ('cluster_id' in props) {
      clusters.push({
        id: props.cluster_id,
        lat,
        lng,
        count: props.point_count,
        expansionZoom: index.getClusterExpansionZoom(props.cluster_id),
      })
    } else {
      const enterprise = enterprises[props.index]
      if (enterprise !== undefined) points.push(enterprise)
    }
  }
  return { points, clusters }
}
