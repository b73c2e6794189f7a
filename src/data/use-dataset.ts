import { queryOptions, useQuery } from '@tanstack/react-query'
import { DatasetError } from './dataset-error'
import { startDownload } from './start-download'

/** Where the dataset comes from: an address (built-in or ?data=), or a file the user opened. */
export type DatasetSource =
  { readonly kind: 'url'; readonly url: string } | { readonly kind: 'file'; readonly file: File }

const MAX_RETRIES = 2

export function datasetQueryOptions(source: DatasetSource) {
  return queryOptions({
    queryKey:
      source.kind === 'url'
        ? (['dataset', 'url', source.url] as const)
        : // A File hashes to {}, so its identifying fields are spelled out next to it.
          ([
            'dataset',
            'file',
            source.file,
            source.file.name,
            source.file.size,
            source.file.lastModified,
          ] as const),
    // The parser loads with the first download: prerendered pages carry the built-in dataset
    // already validated, so their first view needs neither.
    queryFn: async ({ signal }) => {
      if (source.kind === 'file') {
        const { readDatasetFile } = await import('./fetch-dataset')
        return readDatasetFile(source.file)
      }
      // The request starts now, while the parser's code loads: neither waits for the other.
      const started = startDownload(source.url, signal)
      const loaded = await import('./fetch-dataset').catch((cause: unknown) => {
        started.end(true)
        throw cause
      })
      return loaded.fetchDataset(source.url, signal, started)
    },
    // A 404 or an invalid file will not fix itself; only transient failures are retried.
    retry: (failureCount, error) =>
      error instanceof DatasetError && error.transient && failureCount < MAX_RETRIES,
    staleTime: Infinity,
    // A dataset is replaced, never patched: comparing 50 000 enterprises with the previous
    // dataset's, field by field, would block the page for nothing.
    structuralSharing: false,
    // main.tsx starts this query before the app mounts; its failure is final, not a reason to refetch.
    retryOnMount: false,
  })
}

export function useDataset(source: DatasetSource) {
  return useQuery(datasetQueryOptions(source))
}
