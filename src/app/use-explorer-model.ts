import { useCallback, useMemo } from 'react'
import { clip } from '../domain/clip'
import type { Dataset, Enterprise } from '../domain/enterprise'
import { filterEnterprises, sortForList, type Filters } from '../domain/filter'
import { useI18n } from '../i18n/i18n'
import { localName, localPlace } from '../i18n/localise'
import type { ViewState } from '../state/view-state'
import type { OwnDataModel } from '../domain/own-data-model'
import { useOwnData } from './use-own-data'
import { facetsOf, selectionIn, type Facets, type Selection } from './explorer-model'

/** Everything the explorer shows, derived from the dataset and the URL's view state. */
export interface ExplorerModel extends Facets {
  readonly filters: Filters
  /** The enterprises that pass the filters, in list order; the map shows the same ones. */
  readonly listed: readonly Enterprise[]
  readonly selection: Selection
  /** The display name in the reader's language, clipped for labels and sorting. */
  readonly nameOf: (e: Enterprise) => string
  readonly clusterLabel: (count: number) => string
  /** The toured city in the reader's language, for "somewhere in …". */
  readonly cityName: string | null
  /** Other people's data: label and group choices and the datum; nothing for the tour. */
  readonly ownData: OwnDataModel
}

export function useExplorerModel(dataset: Dataset, view: ViewState): ExplorerModel {
  const { t, lang, locale } = useI18n()
  const { tour } = dataset
  const { enterprises, ownData } = useOwnData(dataset.enterprises, view)
  const facets = useMemo(() => facetsOf(enterprises, tour), [enterprises, tour])
  const filters = useMemo(
    () => ({ industries: view.industries, days: view.days, query: view.query }),
    [view.industries, view.days, view.query],
  )
  // Clipped: names are marker labels and sort keys, and a dataset's may be any length.
  const nameOf = useCallback((e: Enterprise) => clip(localName(e, lang).text, 200).text, [lang])
  // Sorted once per dataset and language; filtering keeps that order, so it stays O(n).
  const sorted = useMemo(
    () => sortForList(enterprises, nameOf, locale),
    [enterprises, nameOf, locale],
  )
  const listed = useMemo(() => filterEnterprises(sorted, filters), [sorted, filters])
  const selection = useMemo(() => selectionIn(listed, view.selectedId), [listed, view.selectedId])
  // One formatter for every cluster's label (toLocaleString builds one per call), made at the
  // first label: the first one a page makes costs milliseconds while it hydrates, and the tour's
  // nine enterprises never form a cluster.
  const format = useMemo(() => {
    let numbers: Intl.NumberFormat | undefined
    return (count: number) => (numbers ??= new Intl.NumberFormat(locale)).format(count)
  }, [locale])
  const clusterLabel = useCallback(
    // Other people's data holds features, not the tour's enterprises.
    (count: number) =>
      t(tour === null ? 'clusterLabelFeatures' : 'clusterLabel', { count: format(count) }),
    [t, format, tour],
  )
  // One object per change: the panel and card take it as a prop and must see no change when
  // nothing changed, or React re-renders them from scratch before their code has hydrated them.
  return useMemo(
    () => ({
      ...facets,
      filters,
      listed,
      selection,
      nameOf,
      clusterLabel,
      cityName: localPlace(tour, lang),
      ownData,
    }),
    [facets, filters, listed, selection, nameOf, clusterLabel, tour, lang, ownData],
  )
}
