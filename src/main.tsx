import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClientProvider } from '@tanstack/react-query'
import { App } from './app/App'
import { createQueryClient } from './app/query-client'
import './app/app.css'
import { config } from './config'
import { datasetQueryOptions } from './data/use-dataset'
import { districtsQueryOptions } from './data/use-districts'
import { parseViewState } from './state/view-state'

const rootElement = document.getElementById('root')
if (!rootElement) throw new Error('Missing #root element in index.html')

const queryClient = createQueryClient()
// Start the dataset download now, while React mounts, rather than after the first render.
queryClient
  .query(
    datasetQueryOptions({
      kind: 'url',
      url: parseViewState(window.location.search).dataUrl ?? config.defaultDatasetUrl,
    }),
  )
  // Failures are shown by the app's own query, which sees the same cached error.
  .catch(() => undefined)
// The outlines are drawn for every dataset. Fetched from here rather than by <link rel=preload>,
// which WebKit does not match to the later fetch (two downloads) and which Chromium reports as
// unused when the page is busy with a large dataset.
queryClient.query(districtsQueryOptions).catch(() => undefined)

createRoot(rootElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
)

// Offline second visits (public/sw.js). Not in development, where files change under one name.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch((error: unknown) => {
      console.info('Tour Map: offline support is unavailable', error)
    })
  })
}
