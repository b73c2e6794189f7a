import type { CoordinateSystem } from '../domain/coordinate-system'
import type { OwnDataModel } from '../domain/own-data-model'
import { DatumNotice } from './DatumNotice'
import { PropertyChoices } from './PropertyChoices'

export interface OwnDataControlsProps extends OwnDataModel {
  readonly onLabel: (key: string | null) => void
  readonly onGroup: (key: string) => void
  readonly onCrs: (crs: CoordinateSystem) => void
}

/**
 * The datum switch and "Label from" / "Group by": only other people's data needs them, so they
 * load in their own chunk (the panel imports this lazily).
 */
export default function OwnDataControls(props: OwnDataControlsProps) {
  return (
    <>
      <DatumNotice crs={props.crs} suggestGcj02={props.suggestGcj02} onChange={props.onCrs} />
      <PropertyChoices {...props} />
    </>
  )
}
