import './header.css'
import { lazy, Suspense, useDeferredValue, useEffect, useState, useSyncExternalStore } from 'react'
import { config } from '../config'
import { useDataset, type DatasetSource } from '../data'
import { browserLang, useI18n } from '../i18n/i18n'
import { I18nProvider } from '../i18n/I18nProvider'
import { useViewState } from '../state/use-view-state'
import type { ViewState } from '../state/view-state'
import { LanguageSwitch } from '../ui/LanguageSwitch'
import { LoadingStatus } from '../ui/LoadingStatus'
import { UpdatePrompt } from '../ui/UpdatePrompt'
import { useFileDrop } from '../ui/use-file-drop'
import { noSubscription, rootPath, serverLocation } from '../site'
import type { Navigate } from './explorer-model'
import { loadExplorerHeader, loadExplorerPanel, loadTourMap } from './later-parts'
import { TourExplorer } from './TourExplorer'
import { usePageTitle } from './use-page-title'

interface AppProps {
  /** The reader's preferred languages; read from the browser unless given (e.g. by a prerender). */
  readonly languages?: readonly string[]
}

// Failures are rare and never prerendered: their code loads when one happens.
const LoadError = lazy(() => import('../ui/LoadError').then((m) => ({ default: m.LoadError })))
const OpenFileButton = lazy(() =>
  import('../ui/OpenFileButton').then((m) => ({ default: m.OpenFileButton })),
)

export function App({ languages }: AppProps) {
  const [view, navigate] = useViewState({ rootPath, serverLocation: serverLocation() })
  // A prerendered page is in English unless its path says zh/: hydrate as that, then follow the browser.
  const preferred = useSyncExternalStore(
    noSubscription,
    () => browserLang(languages ?? navigator.languages),
    () => browserLang(languages ?? []),
  )
  return (
    <Suspense fallback={null}>
      <I18nProvider lang={view.lang ?? preferred}>
        <AppBody view={view} navigate={navigate} />
      </I18nProvider>
    </Suspense>
  )
}

interface AppBodyProps {
  readonly view: ViewState
  readonly navigate: Navigate
}

function AppBody({ view, navigate }: AppBodyProps) {
  const { t } = useI18n()
  // A file the user opened wins over the URL; it is not in the URL because it never leaves the browser.
  const [file, setFile] = useState<File | null>(null)
  const source: DatasetSource =
    file !== null
      ? { kind: 'file', file }
      : { kind: 'url', url: view.dataUrl ?? config.defaultDatasetUrl }
  const query = useDataset(source)
  const pending = query.status === 'pending'
  // A dataset that has just loaded is shown by a render in the background, which yields to the
  // browser between components: at 50 000 enterprises the explorer's first render (list order,
  // counts, list) was one task of 60–120 ms. The loading line stays until it is done, never the
  // previous dataset. A prerendered page's dataset is there from the start and hydrates at once.
  const loaded = query.status === 'success' ? query.data : null
  const deferred = useDeferredValue(loaded)
  const shown = deferred === loaded ? loaded : null
  useEffect(
    function loadPartsMeanwhile() {
      // While a dataset downloads (?data=, an opened file), the parts shown with it load too,
      // instead of after it: otherwise its count waits for the panel's code, and its pins for the
      // map's (a ?data= page does not hydrate, so main.tsx does not ask for them).
      if (!pending) return
      // The map's part loads the card's too; clustering-ahead watches the load (see there).
      for (const load of [
        loadTourMap,
        loadExplorerHeader,
        loadExplorerPanel,
        () => import('./clustering-ahead'),
      ]) {
        load().catch(() => undefined)
      }
    },
    [pending],
  )
  usePageTitle(
    query.status === 'success' ? query.data : null,
    file === null && view.dataUrl === null,
  )
  const openFile = (next: File) => {
    setFile(next)
    navigate({ selectedId: null, industries: null, days: null, query: '', mapView: null })
  }
  const drop = useFileDrop(openFile)

  const datasetNote =
    file !== null ? (
      <p className="tm-dataset-note">
        {t('showingFile', { name: file.name })}{' '}
        <button
          type="button"
          onClick={() => {
            setFile(null)
          }}
        >
          {view.dataUrl === null ? t('backToBuiltIn') : t('backToLinked')}
        </button>
      </p>
    ) : view.dataUrl !== null ? (
      <p className="tm-dataset-note">{t('showingDataset', { url: view.dataUrl })}</p>
    ) : null

  return (
    <div className={view.embed ? 'tm-app tm-app--embed' : 'tm-app'} {...drop.handlers}>
      {shown !== null ? (
        <TourExplorer
          loaded={shown}
          view={view}
          navigate={navigate}
          onOpenFile={openFile}
          datasetNote={datasetNote}
        />
      ) : (
        <>
          <header className="tm-header">
            <h1>{t('appTitle')}</h1>
            <LanguageSwitch
              onChange={(lang) => {
                navigate({ lang })
              }}
            />
          </header>
          {datasetNote}
          {query.status !== 'error' ? (
            <LoadingStatus url={source.kind === 'url' ? source.url : null} />
          ) : (
            <LoadError
              error={query.error}
              retrying={query.isFetching}
              onRetry={
                file === null
                  ? () => {
                      void query.refetch()
                    }
                  : null
              }
            >
              <OpenFileButton onFile={openFile} />
            </LoadError>
          )}
        </>
      )}
      <UpdatePrompt />
      {drop.dragging && (
        <div className="tm-drop-overlay" aria-hidden="true">
          {t('dropHint')}
        </div>
      )}
    </div>
  )
}
