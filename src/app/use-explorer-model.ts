import { useCallback, useMemo } from 'react'
import { clip } from '../domain/clip'
import type { Dataset, Enterprise } from '../domain/enterprise'
import { filterEnterprises, sortForList, type Filters } from '../domain/filter'
import {
  groupChoices,
  labelChoices,
  regroup,
  relabel,
  suggestGroup,
} from '../domain/property-choice'
import { useI18n } from '../i18n/i18n'
import { localName, localPlace } from '../i18n/localise'
import type { ViewState } from '../state/view-state'
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
  /** Other people's data: properties that can label or group features, and the ones in use. */
  readonly properties: PropertyModel
}

export interface PropertyModel {
  readonly labelChoices: readonly string[]
  readonly groupChoices: readonly string[]
  /** null: `name` (or the best name-like property). */
  readonly label: string | null
  /** null: `industry`. */
  readonly group: string | null
}

export function useExplorerModel(dataset: Dataset, view: ViewState): ExplorerModel {
  const { t, lang, locale } = useI18n()
  const { tour } = dataset
  const raw = dataset.enterprises
  const choices = useMemo(() => ({ label: labelChoices(raw), group: groupChoices(raw) }), [raw])
  const suggested = useMemo(() => suggestGroup(raw), [raw])
  const label = view.label !== null && choices.label.includes(view.label) ? view.label : null
  const group =
    view.group !== null && choices.group.includes(view.group)
      ? view.group
      : view.group === 'industry'
        ? null
        : suggested
  // Labels and groups chosen from the file's own properties become the name and industry that
  // the filters, colours, list and cards already show.
  const enterprises = useMemo(() => regroup(relabel(raw, label), group), [raw, label, group])
  const properties = useMemo(
    () => ({ labelChoices: choices.label, groupChoices: choices.group, label, group }),
    [choices, label, group],
  )
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
  const clusterLabel = useCallback(
    (count: number) => t('clusterLabel', { count: count.toLocaleString(locale) }),
    [t, locale],
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
      properties,
    }),
    [facets, filters, listed, selection, nameOf, clusterLabel, tour, lang, properties],
  )
}
