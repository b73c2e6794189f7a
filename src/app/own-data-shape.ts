import gcoord from 'gcoord'
import { convertPositions, looksLikeGcj02 } from '../domain/coordinate-system'
import type { Enterprise } from '../domain/enterprise'
import {
  groupChoices,
  labelChoices,
  regroup,
  relabel,
  suggestGroup,
} from '../domain/property-choice'
import type { ViewState } from '../state/view-state'
import type { OwnDataModel } from '../domain/own-data-model'

function fromGcj02(lng: number, lat: number): readonly [number, number] {
  const [x, y] = gcoord.transform([lng, lat], gcoord.GCJ02, gcoord.WGS84)
  return [x, y]
}

/**
 * Other people's data shaped as the reader chose: converted from GCJ-02, labelled and grouped
 * from its own properties. Loaded only for such data (src/app/use-own-data.ts), with gcoord,
 * the library that converts the bundled outlines at build time.
 */
export function shapeOwnData(
  given: readonly Enterprise[],
  view: Pick<ViewState, 'label' | 'group' | 'crs'>,
): { readonly enterprises: readonly Enterprise[]; readonly model: OwnDataModel } {
  const positioned = view.crs === 'gcj02' ? convertPositions(given, fromGcj02) : given
  const choices = { label: labelChoices(positioned), group: groupChoices(positioned) }
  const label = view.label !== null && choices.label.includes(view.label) ? view.label : null
  let group: string | null
  if (view.group !== null && choices.group.includes(view.group)) group = view.group
  else if (view.group === 'industry') group = null
  else group = suggestGroup(positioned)
  return {
    // Labels and groups become the name and industry that filters, colours, list and cards show.
    enterprises: regroup(relabel(positioned, label), group),
    model: {
      labelChoices: choices.label,
      groupChoices: choices.group,
      label,
      group,
      crs: view.crs,
      suggestGcj02: looksLikeGcj02(given),
    },
  }
}
