import './export-buttons.css'
import { useState } from 'react'
import type { Enterprise, Tour } from '../domain/enterprise'
import { useI18n } from '../i18n/i18n'

interface ExportButtonsProps {
  readonly enterprises: readonly Enterprise[]
  readonly tour: Tour | null
}

type Format = 'geojson' | 'csv'

/** Downloads what is shown now; the exporter (and its CSV library) loads only when asked for. */
export function ExportButtons({ enterprises, tour }: ExportButtonsProps) {
  const { t } = useI18n()
  const [error, setError] = useState<string | null>(null)
  const download = async (format: Format) => {
    setError(null)
    try {
      const { toCsv, toGeoJson } = await import('../domain/export')
      const citation = { url: window.location.href, date: new Date().toISOString().slice(0, 10) }
      const [text, type] =
        format === 'csv'
          ? [toCsv(enterprises, tour, citation), 'text/csv']
          : [
              `${JSON.stringify(toGeoJson(enterprises, tour, citation), null, 2)}\n`,
              'application/geo+json',
            ]
      saveFile(`tour-map-enterprises.${format}`, text, type)
    } catch {
      setError(t('downloadFailed'))
    }
  }
  const none = enterprises.length === 0
  return (
    <section className="tm-export" aria-labelledby="tm-export-title">
      <h2 id="tm-export-title">{t('downloadTitle', { count: enterprises.length })}</h2>
      <div className="tm-export__buttons">
        <button type="button" disabled={none} onClick={() => void download('geojson')}>
          GeoJSON
        </button>
        <button type="button" disabled={none} onClick={() => void download('csv')}>
          CSV
        </button>
      </div>
      {error !== null && <p role="alert">{error}</p>}
    </section>
  )
}

function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.click()
  // Revoked on the next task: the click has handed the blob to the download by then.
  setTimeout(() => {
    URL.revokeObjectURL(url)
  }, 0)
}
