import type { IndustrySlot } from './domain/industry-style'

/** URL of a pin image from public/markers (see scripts/build-markers.ts); shared by map and legend. */
export function markerImageUrl(slot: IndustrySlot, approximate: boolean): string {
  return `${import.meta.env.BASE_URL}markers/industry-${String(slot)}-${approximate ? 'approximate' : 'solid'}.svg`
}
