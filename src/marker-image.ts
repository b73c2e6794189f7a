import type { IndustrySlot } from './domain/industry-style'
import { rootPath } from './site'

/**
 * URL of a pin image from public/markers (see scripts/build-markers.ts); shared by map and legend.
 * `root` is the site's root (useSiteRoot() in components that the prerender draws).
 */
export function markerImageUrl(slot: IndustrySlot, approximate: boolean, root = rootPath): string {
  return `${root}markers/industry-${String(slot)}-${approximate ? 'approximate' : 'solid'}.svg`
}
