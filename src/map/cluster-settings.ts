// Apart from the clustering code (cluster-index.ts, cluster-items.ts), which loads only for data
// large enough to cluster: the map's first view needs these two numbers and nothing else.

/** Above this many pins on the map, nearby ones are grouped into numbered clusters. */
export const CLUSTER_THRESHOLD = 300
/** From this zoom on every enterprise is its own pin (co-located ones are then fanned out). */
export const CLUSTER_MAX_ZOOM = 13
