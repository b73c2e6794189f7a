import { queryOptions, useQuery } from '@tanstack/react-query'
import type { DistrictMap } from '../domain/districts'
import { rootPath } from '../site'

const DISTRICTS_URL = `${rootPath}data/jilin-districts.geojson`

async function fetchDistricts(signal: AbortSignal): Promise<DistrictMap> {
  // The outline file's reader downloads beside the file, not in the first view's code: outlines
  // are drawn after the pins.
  const [response, { parseDistricts }] = await Promise.all([
    fetch(DISTRICTS_URL, { signal }),
    import('../domain/districts'),
  ])
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
