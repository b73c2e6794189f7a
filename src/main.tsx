import { startTransition, StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { QueryClientProvider } from '@tanstack/react-query'
import { App } from './app/App'
import {
  loadExplorerHeader,
  loadExplorerPanel,
  loadSelectedCard,
  loadTourMap,
} from './app/later-parts'
import { createQueryClient } from './app/query-client'
import './app/first-view-styles'
import { config } from './config'
import { replayEarlyInput } from './early-input'
import { datasetQueryOptions, districtsQueryOptions, OTHER_DATA_ATTRIBUTE } from './data'
import { browserLang, loadDictionary } from './i18n/i18n'
import { prerenderedPage, rootPath } from './site'
import { pageLocation } from './state/use-view-state'
import { AfterCommit } from './ui/AfterCommit'
import { parseLocation } from './state/page-location'

const rootElement = document.getElementById('root')
if (!rootElement) throw new Error('Missing #root element in index.html')

const queryClient = createQueryClient()
const page = prerenderedPage()
const view = parseLocation(pageLocation(rootPath))
const builtIn = datasetQueryOptions({ kind: 'url', url: config.defaultDatasetUrl })
// A prerendered page carries the built-in dataset, validated at build time: no download.
if (page !== null) queryClient.setQueryData(builtIn.queryKey, page.dataset)
/**
 * Settles a second after the page's dataset has loaded or failed, by when its map is drawn (at
 * once on a prerendered tour).
 */
let datasetShown: Promise<unknown> = Promise.resolve()
if (page === null || view.dataUrl !== null) {
  // Start the download now, while React mounts, rather than after the first render.
  datasetShown = queryClient
    .query(datasetQueryOptions({ kind: 'url', url: view.dataUrl ?? config.defaultDatasetUrl }))
    // Failures are shown by the app's own query, which sees the same cached error.
    .catch(() => undefined)
    .then(() => new Promise((shown) => setTimeout(shown, 1000)))
}
// The outlines are drawn for every dataset. Fetched from here rather than by <link rel=preload>,
// which WebKit does not match to the later fetch (two downloads) and which Chromium reports as
// unused when the page is busy with a large dataset.
queryClient.query(districtsQueryOptions).catch(() => undefined)

// The strings are not in the first download: ask for them now. A prerendered page hydrates in
// its own language (English unless its path says zh/), then follows the browser's.
const browserLanguage = view.lang ?? browserLang(navigator.languages)
const strings = [loadDictionary(view.lang ?? (page === null ? browserLanguage : 'en'))]
if (page !== null) strings.push(loadDictionary(browserLanguage))

/** Once the root has hydrated (or first rendered), what the reader did before reaches the app. */
const handOverEarlyInput = () => {
  replayEarlyInput(document)
}

const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
      <AfterCommit run={handOverEarlyInput} />
    </QueryClientProvider>
  </StrictMode>
)

if (page === null || !rootElement.hasChildNodes() || view.dataUrl !== null) {
  // Another dataset (?data=) replaces the prerendered one: nothing to hydrate. The page hid the
  // prerendered tour meanwhile (scripts/code-after-first-paint.ts); it shows again with the
  // app's own view, not a frame before. That view waits for its strings (rendered without them,
  // the page stays empty until they come), then shows its header and loading line at once.
  const root = createRoot(rootElement)
  void Promise.all(strings)
    .catch(() => undefined)
    .then(() => {
      flushSync(() => {
        root.render(app)
      })
      document.documentElement.removeAttribute(OTHER_DATA_ATTRIBUTE)
    })
} else {
  // Hydrated once the parts split from the entry have arrived (requested here, while the map's
  // chunk, which the HTML requests, is still on its way): a part hydrated later would drop the
  // reader's first click on it. The prerendered page is on screen meanwhile. With the map's code
  // there too, its pins are drawn in the render that follows hydration.
  const before = [
    loadTourMap(),
    loadExplorerHeader(),
    loadExplorerPanel(),
    loadSelectedCard(),
    ...strings,
  ]
  void Promise.all(before)
    .catch(() => undefined)
    .then(() => {
      // As a transition, hydration yields to the browser every few milliseconds instead of
      // holding the main thread for the whole page (Lighthouse's Total Blocking Time).
      startTransition(() => {
        hydrateRoot(rootElement, app)
      })
    })
}

// Not in development, where files change under one name. After the load event, which may
// already have passed: the page asks for this code only once it has painted. And once another
// dataset (?data=) is shown: installing fetches and stores every file of the app (1.8 MB), which
// competed with the check of 50 000 enterprises and with their first clusters for the cores.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () =>
    void datasetShown
      .then(() => import('./service-worker'))
      .then(({ registerServiceWorker }) => registerServiceWorker())
  if (document.readyState === 'complete') register()
  else window.addEventListener('load', register)
}
