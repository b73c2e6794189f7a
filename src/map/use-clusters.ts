import { useEffect, useMemo, useState } from 'react'
import { useMap, useMapEvents } from 'react-leaflet'
import type { Enterprise } from '../domain/enterprise'
import type { ClusterIndex } from './cluster-index'
import type { Bbox, ClusterItem } from './cluster-items'
import { CLUSTER_THRESHOLD } from './cluster-settings'

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

const NOTHING: ClusteredView = { points: [], clusters: [] }

/**
 * What to draw for the current viewport: every enterprise when there are few, otherwise the
 * clusters and single pins in view. The index is rebuilt only when the set of enterprises
 * changes, and asked again after each move; until an answer comes, the previous one stays on
 * screen, so the map never goes blank while panning or filtering.
 */
export function useClusters(enterprises: readonly Enterprise[]): ClusteredView {
  const map = useMap()
  const large = enterprises.length > CLUSTER_THRESHOLD
  const [built, setBuilt] = useState<ClusterIndex | null>(null)
  const [answer, setAnswer] = useState<{
    /** What the items' single points are places in. */
    points: readonly Enterprise[]
    items: readonly ClusterItem[]
  } | null>(null)
  const [camera, setCamera] = useState(() => cameraOf(map))
  useMapEvents({
    moveend: () => {
      setCamera(cameraOf(map))
    },
  })
  useEffect(
    function indexEnterprises() {
      if (!large) return
      let cancelled = false
      let index: ClusterIndex | null = null
      // The index's code loads only for data large enough to cluster: not on the tour's first view.
      void import('./cluster-index')
        .then(({ buildClusterIndex }) => buildClusterIndex(enterprises))
        .then((ready) => {
          index = ready
          if (cancelled) ready.dispose()
          else setBuilt(ready)
        })
      return function cancel() {
        cancelled = true
        index?.dispose()
      }
    },
    [enterprises, large],
  )
  useEffect(
    function askIndex() {
      if (built === null) return
      let cancelled = false
      void built.query(camera.bbox, camera.zoom).then((items) => {
        if (!cancelled) setAnswer({ points: built.points, items })
      })
      return function cancel() {
        cancelled = true
      }
    },
    [built, camera],
  )

  return useMemo(() => {
    if (!large) return { points: enterprises, clusters: [] }
    return answer === null ? NOTHING : viewOf(answer.items, answer.points)
  }, [large, enterprises, answer])
}

function cameraOf(map: ReturnType<typeof useMap>): { bbox: Bbox; zoom: number } {
  const bounds = map.getBounds().pad(0.2)
  return {
    bbox: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
    zoom: Math.round(map.getZoom()),
  }
}

function viewOf(items: readonly ClusterItem[], enterprises: readonly Enterprise[]): ClusteredView {
  const points: Enterprise[] = []
  const clusters: Cluster[] = []
  for (const item of items) {
    if (item.kind === 'cluster') {
      clusters.push(item)
    } else {
      const enterprise = enterprises[item.index]
      if (enterprise !== undefined) points.push(enterprise)
    }
  }
  return { points, clusters }
}
