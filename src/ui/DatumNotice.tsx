import './alert.css'
import type { CoordinateSystem } from '../domain/coordinate-system'
import { useI18n } from '../i18n/i18n'

interface DatumNoticeProps {
  readonly crs: CoordinateSystem
  readonly suggestGcj02: boolean
  readonly onChange: (crs: CoordinateSystem) => void
}

/** Says when coordinates are converted from GCJ-02, or look like they should be, with the switch. */
export function DatumNotice({ crs, suggestGcj02, onChange }: DatumNoticeProps) {
  const { t } = useI18n()
  if (crs === 'wgs84' && !suggestGcj02) return null
  const converted = crs === 'gcj02'
  return (
    <div className="tm-alert tm-alert--warning">
      <p>{converted ? t('gcj02Converted') : t('gcj02Suggested')}</p>
      <button
        type="button"
        onClick={() => {
          onChange(converted ? 'wgs84' : 'gcj02')
        }}
      >
        {converted ? t('gcj02Undo') : t('gcj02Convert')}
      </button>
    </div>
  )
}
