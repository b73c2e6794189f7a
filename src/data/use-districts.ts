import { queryOptions, useQuery } from '@tanstack/react-query'
import type { DistrictMap } from '../domain/districts'
import { rootPath } from '../site'

const DISTRICTS_URL = `${rootPath}data/jilin-districts.geojson`

async function fetchDistricts(signal: AbortSignal): Promise<DistrictMap> {
  const response = await fetch(DISTRICTS_URL, { signal })
  if (!response.ok) throw new Error(`HTTP ${String(response.status)} for district outlines`)
  // Only the map draws outlines, and it starts after the page is on screen.
  const { parseDistricts } = await import('../domain/districts')
  return parseDistricts(await response.json())
}

export const districtsQueryOptions = queryOptions({
  queryKey: ['districts', DISTRICTS_URL],
  queryFn: ({ signal }) => fetchDistricts(signal),
  staleTime: Infinity,
  retry: 1,
})

/** The bundled outlines; if they fail to load the map simply has none. */
export function useDistricts() {
  return useQuery(districtsQueryOptions)
}
