import { useId } from 'react'
import { useI18n } from '../i18n/i18n'

/** "Open a file…": a real file input behind a visible label, so it works with keyboard and screen readers. */
export function OpenFileButton({ onFile }: { readonly onFile: (file: File) => void }) {
  const { t } = useI18n()
  const id = useId()
  return (
    <span className="tm-open-file">
      <input
        id={id}
        type="file"
        className="tm-visually-hidden"
        accept=".geojson,.json,.umap,.csv,.tsv,.txt,application/geo+json,application/json,text/csv"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0]
          if (file !== undefined) onFile(file)
          event.currentTarget.value = ''
        }}
      />
      <label htmlFor={id} className="tm-button">
        {t('openFile')}
      </label>
    </span>
  )
}
