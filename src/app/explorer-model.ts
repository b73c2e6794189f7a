import type { Enterprise, Tour } from '../domain/enterprise'
import {
  countDays,
  countIndustries,
  daysBetween,
  type DayCount,
  type IndustryCount,
} from '../domain/filter'
import { assignIndustrySlots, type IndustrySlot } from '../domain/industry-style'
import type { NavigateOptions } from '../state/use-view-state'
import type { ViewState } from '../state/view-state'

/** Writes a change of view into the URL (src/state/use-view-state). */
export type Navigate = (patch: Partial<ViewState>, options?: NavigateOptions) => void

/** What the filters offer for one dataset: the values present, their counts and pin styles. */
export interface Facets {
  readonly industryCounts: readonly IndustryCount[]
  readonly allIndustries: readonly string[]
  readonly slots: ReadonlyMap<string, IndustrySlot>
  readonly dayCounts: readonly DayCount[]
  readonly allDays: readonly string[]
}

export function facetsOf(enterprises: readonly Enterprise[], tour: Tour | null): Facets {
  const industryCounts = countIndustries(enterprises)
  const allIndustries = industryCounts.map((c) => c.industry)
  const tourDays = tour === null ? [] : daysBetween(tour.startDate, tour.endDate)
  const dayCounts = countDays(enterprises, tourDays)
  return {
    industryCounts,
    allIndustries,
    slots: assignIndustrySlots(allIndustries),
    dayCounts,
    allDays: dayCounts.map((c) => c.day),
  }
}

/** The open card's enterprise and its neighbours in list order. */
export interface Selection {
  readonly selected: Enterprise | null
  /** Position in the list; -1 when nothing (shown) is selected. */
  readonly index: number
  readonly previous: Enterprise | null
  readonly next: Enterprise | null
}

/** A selected id that the filters hide opens no card. */
export function selectionIn(listed: readonly Enterprise[], selectedId: string | null): Selection {
  // Nothing selected: no scan of the list, which at 50 000 cost milliseconds at every filter.
  const index = selectedId === null ? -1 : listed.findIndex((e) => e.id === selectedId)
  if (index < 0) return { selected: null, index, previous: null, next: null }
  return {
    selected: listed[index] ?? null,
    index,
    previous: listed[index - 1] ?? null,
    next: listed[index + 1] ?? null,
  }
}
