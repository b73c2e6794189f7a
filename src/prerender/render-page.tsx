import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { prerender } from 'react-dom/static'
import { QueryClientProvider } from '@tanstack/react-query'
import { App } from '../app/App'
import { createQueryClient } from '../app/query-client'
import { config } from '../config'
import { datasetQueryOptions } from '../data'
import { setPrerenderedPage, type PrerenderedPage } from '../site'

/**
 * The build's server renderer (scripts/prerender.ts runs it once per page): the app as the
 * browser's first render will draw it, with the built-in dataset already loaded, and with every
 * lazy part (the panel, the card, the Chinese strings) in it.
 */
export async function renderPage(page: PrerenderedPage): Promise<string> {
  setPrerenderedPage(page)
  const queryClient = createQueryClient()
  const builtIn = datasetQueryOptions({ kind: 'url', url: config.defaultDatasetUrl })
  queryClient.setQueryData(builtIn.queryKey, page.dataset)
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App languages={[]} />
      </QueryClientProvider>
    </StrictMode>
  )
  // The first pass waits for the lazy parts to load; the second, with all of them loaded, writes
  // plain markup: no streaming scripts, which the Content-Security-Policy would block.
  const { prelude } = await prerender(app)
  await new Response(prelude).arrayBuffer()
  return renderToString(app)
}

export { parseDatasetText } from '../domain/parse-dataset'
export { renderHead, type PageMeta } from './page-head'
export { renderMapPictureSvg } from './map-picture'
export { renderPreviewSvg } from './preview-image'
