import { useQuery } from '@tanstack/react-query'
import { DatasetError } from './dataset-error'
import { fetchDataset } from './fetch-dataset'

export const datasetKeys = {
  all: ['dataset'] as const,
  byUrl: (url: string) => ['dataset', url] as const,
}

const MAX_RETRIES = 2

export function useDataset(url: string) {
  return useQuery({
    queryKey: datasetKeys.byUrl(url),
    queryFn: ({ signal }) => fetchDataset(url, signal),
    // A 404 or an invalid file will not fix itself; only transient failures are retried.
    retry: (failureCount, error) =>
      error instanceof DatasetError && error.transient && failureCount < MAX_RETRIES,
    staleTime: Infinity,
  })
}
