import { useEffect, useMemo, useState } from 'react'
import type { Enterprise } from '../domain/enterprise'
import type { ViewState } from '../state/view-state'
import { NO_OWN_DATA, type OwnDataModel } from '../domain/own-data-model'
import { loadPropertyTable } from '../ui/property-table-code'

type Shaper = typeof import('./own-data-shape')

/** True when features carry properties beyond the tour's fields: someone else's data. */
function hasOwnProperties(enterprises: readonly Enterprise[]): boolean {
  // Features without any share one empty object (the worker's, once per batch on the page):
  // looked into once, not 50 000 times in the explorer's first render.
  let empty: object | undefined
  for (const { ownProperties } of enterprises) {
    if (ownProperties === undefined || ownProperties === empty) continue
    if (hasAnyKey(ownProperties)) return true
    empty = ownProperties
  }
  return false
}

/** Without listing the keys: at 50 000 enterprises with none, the lists cost milliseconds. */
function hasAnyKey(record: object): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true
  return false
}

/**
 * The dataset as the reader shaped it (src/app/own-data-shape.ts). The built-in tour needs no
 * shaping, so the code for it loads only when other data or `?crs=gcj02` asks for it; until
 * then the features show as given.
 */
export function useOwnData(
  given: readonly Enterprise[],
  view: Pick<ViewState, 'label' | 'group' | 'crs'>,
): { readonly enterprises: readonly Enterprise[]; readonly ownData: OwnDataModel } {
  const needed = useMemo(() => view.crs === 'gcj02' || hasOwnProperties(given), [given, view.crs])
  const [shaper, setShaper] = useState<Shaper | null>(null)
  useEffect(() => {
    if (!needed || shaper !== null) return
    let live = true
    // The first card opened will want its table of properties: its code comes now, not then.
    loadPropertyTable().catch(() => undefined)
    void import('./own-data-shape').then((module) => {
      if (live) setShaper(module)
    })
    return () => {
      live = false
    }
  }, [needed, shaper])
  const { label, group, crs } = view
  return useMemo(() => {
    if (!needed || shaper === null) return { enterprises: given, ownData: NO_OWN_DATA }
    const shaped = shaper.shapeOwnData(given, { label, group, crs })
    return { enterprises: shaped.enterprises, ownData: shaped.model }
  }, [needed, shaper, given, label, group, crs])
}
