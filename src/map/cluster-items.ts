import type Supercluster from 'supercluster'

/** One thing to draw: a numbered cluster, or the enterprise at `index` on its own. */
export type ClusterItem =
  | {
      readonly kind: 'cluster'
      readonly id: number
      readonly lat: number
      readonly lng: number
      readonly count: number
      readonly expansionZoom: number
    }
  | { readonly kind: 'point'; readonly index: number }

export interface PointProps {
  readonly index: number
}

/** [west, south, east, north] in degrees. */
export type Bbox = readonly [number, number, number, number]

/** Above this many pins on the map, nearby ones are grouped into numbered clusters. */
export const CLUSTER_THRESHOLD = 300
/** From this zoom on every enterprise is its own pin (co-located ones are then fanned out). */
export const CLUSTER_MAX_ZOOM = 13

/** An index over points given as [lng0, lat0, lng1, lat1, …]; Supercluster is passed in. */
export function loadIndex(
  SuperclusterClass: typeof Supercluster,
  coordinates: Float64Array,
): Supercluster<PointProps> {
  // Supercluster measures the radius against a 512-unit tile; Leaflet's tiles are 256 px, so
  // extent 256 makes it 60 screen pixels. With 512 the 44 px circles stood 30 px apart, on top of
  // one another.
  const index = new SuperclusterClass<PointProps>({
    radius: 60,
    extent: 256,
    maxZoom: CLUSTER_MAX_ZOOM,
  })
  const points = []
  for (let i = 0; i < coordinates.length / 2; i++) {
    points.push({
      type: 'Feature' as const,
      properties: { index: i },
      geometry: {
        type: 'Point' as const,
        coordinates: [coordinates[2 * i] ?? 0, coordinates[2 * i + 1] ?? 0],
      },
    })
  }
  index.load(points)
  return index
}

export function itemsIn(index: Supercluster<PointProps>, bbox: Bbox, zoom: number): ClusterItem[] {
  return index.getClusters([...bbox], zoom).map((item): ClusterItem => {
    const [lng = 0, lat = 0] = item.geometry.coordinates
    const props = item.properties
    if ('cluster_id' in props) {
      return {
        kind: 'cluster',
        id: props.cluster_id,
        lat,
        lng,
        count: props.point_count,
        expansionZoom: index.getClusterExpansionZoom(props.cluster_id),
      }
    }
    return { kind: 'point', index: props.index }
  })
}
