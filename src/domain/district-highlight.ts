import type { District } from './districts'
import type { Enterprise } from './enterprise'

// Apart from districts.ts: the map needs these on its first view, while the outline file's
// reader loads with the outline file (src/data/use-districts.ts).

export type OutlineHighlight =
  | { readonly kind: 'none' }
  | { readonly kind: 'district'; readonly districtId: string }
  | { readonly kind: 'city' }

/** Which outline to emphasise for the selected enterprise: its county, or the whole city. */
export function outlineHighlight(
  enterprise: Pick<Enterprise, 'precision' | 'district'> | null,
  districts: readonly District[],
): OutlineHighlight {
  if (enterprise === null) return { kind: 'none' }
  if (enterprise.precision === 'city') return { kind: 'city' }
  if (enterprise.precision === 'county' && enterprise.district !== null) {
    const match = findDistrict(enterprise.district, districts)
    if (match !== null) return { kind: 'district', districtId: match.id }
  }
  return { kind: 'none' }
}

export function findDistrict(name: string, districts: readonly District[]): District | null {
  const wanted = name.trim().toLowerCase()
  return districts.find((d) => d.name.toLowerCase() === wanted || d.nameZh === name.trim()) ?? null
}
