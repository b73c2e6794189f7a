import { queryOptions, useQuery } from '@tanstack/react-query'
import { parseDistricts, type DistrictMap } from '../domain/districts'

const DISTRICTS_URL = `${import.meta.env.BASE_URL}data/jilin-districts.geojson`

async function fetchDistricts(signal: AbortSignal): Promise<DistrictMap> {
  const response = await fetch(DISTRICTS_URL, { signal })
  if (!response.ok) throw new Error(`HTTP ${String(response.status)} for district outlines`)
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
