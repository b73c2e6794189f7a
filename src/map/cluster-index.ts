import type Supercluster from 'supercluster'
import type { Enterprise } from '../domain/enterprise'

/** Above this many pins on the map, nearby ones are grouped into numbered clusters. */
export const CLUSTER_THRESHOLD = 300
/** From this zoom on every enterprise is its own pin (co-located ones are then fanned out). */
export const CLUSTER_MAX_ZOOM = 13

export interface PointProps {
  readonly index: number
}

export type ClusterIndex = Supercluster<PointProps>

/**
 * Builds the cluster index; supercluster is loaded on first need, so small datasets never
 * download it.
 */
export async function buildClusterIndex(enterprises: readonly Enterprise[]): Promise<ClusterIndex> {
  const { default: Supercluster } = await import('supercluster')
  const index = new Supercluster<PointProps>({ radius: 60, maxZoom: CLUSTER_MAX_ZOOM })
  index.load(
    enterprises.map((e, i) => ({
      type: 'Feature' as const,
      properties: { index: i },
      geometry: { type: 'Point' as const, coordinates: [e.position.lng, e.position.lat] },
    })),
  )
  return index
}
