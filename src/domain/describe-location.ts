import type { Enterprise } from './enterprise'

/** The location's precision in plain words, so no reader takes a placeholder for a site. */
export function describeLocation(
  enterprise: Pick<Enterprise, 'precision' | 'district'>,
  cityName: string | null,
): string {
  const district = enterprise.district
  const city = cityName ?? 'the city'
  switch (enterprise.precision) {
    case 'site':
      return district === null ? 'Exact site' : `Exact site in ${district}`
    case 'town':
      return district === null
        ? 'Approximate: within about 5 km of the point'
        : `Approximate: within about 5 km, in ${district}`
    case 'county':
      return district === null
        ? 'Approximate: only the county is known'
        : `Approximate: somewhere in ${district}`
    case 'city':
      return `Approximate: somewhere in ${city}; district not known`
    case null:
      return district === null
        ? 'Precision not stated by the dataset'
        : `In ${district}; precision not stated by the dataset`
  }
}

/**
 * Development zones are administrative areas inside the city, not counties, and the outline
 * file has no boundary for them; readers must not mistake them for one.
 */
export function zoneNote(district: string | null): string | null {
  if (district === null || !/\bzone\b|开发区|高新区/i.test(district)) return null
  return `The ${district} is a development zone, not a county; its boundary is not drawn on the map.`
}
