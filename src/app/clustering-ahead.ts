/**
 * Clustering made ready while another dataset (?data=, an opened file) loads. App loads this
 * module only while such a dataset is pending, so neither it nor the cluster index's code is
 * part of the tour's first view (npm run size). Loading it is
 * what starts it (one call fewer in the entry): a module runs once.
 */
import { DATASET_READ_EVENT, loadProgress, watchLoadProgress } from '../data'
import type { Enterprise } from '../domain/enterprise'

/** From this size a dataset is worth preparing clustering for while it downloads. */
const LARGE_BYTES = 1024 * 1024

let clustering: Promise<typeof import('../map/cluster-index')> | null = null
const warmed = new Set<string>()

function clusterIndexCode() {
  clustering ??= import('../map/cluster-index')
  return clustering
}

/**
 * A dataset past 1 MB may hold thousands of enterprises: the cluster worker starts while it
 * downloads (its code and supercluster's load meanwhile), instead of after the explorer's first
 * render, so the first clusters wait only for the index itself (about 250 ms sooner at 10 000).
 */
function warmForLargeLoads(): void {
  for (const [load, { bytes }] of loadProgress) {
    if (bytes < LARGE_BYTES || warmed.has(load)) continue
    warmed.add(load)
    void clusterIndexCode().then((module) => {
      module.warmClusterWorker()
    })
  }
}

watchLoadProgress(warmForLargeLoads)
warmForLargeLoads()

// A dataset just read: its index is built in the (warm) worker while the page renders the
// explorer, instead of after (about 0.4 s at 50 000). The map takes it if it shows them all.
window.addEventListener(DATASET_READ_EVENT, (event) => {
  const { detail } = event as CustomEvent<readonly Enterprise[]>
  // Only after a large load: a file under 1 MB holds too few points to be indexed in a worker.
  void clustering?.then((module) => {
    module.prepareClusterIndex(detail)
  })
})
