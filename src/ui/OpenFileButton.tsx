import { useRef } from 'react'
import { useI18n } from '../i18n/i18n'

/**
 * "Open a file…": a real button that opens the browser's file picker. The file input itself is
 * `hidden` and out of the tab order: a focusable input that is only visually hidden can be
 * focused where nobody sees it (and focusing it scrolled the page away in WebKit and Chromium).
 */
export function OpenFileButton({ onFile }: { readonly onFile: (file: File) => void }) {
  const { t } = useI18n()
  const input = useRef<HTMLInputElement>(null)
  return (
    <>
      <button
        type="button"
        onClick={() => {
          input.current?.click()
        }}
      >
        {t('openFile')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        aria-label={t('openFile')}
        accept=".geojson,.json,.umap,.csv,.tsv,.txt,application/geo+json,application/json,text/csv"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0]
          if (file !== undefined) onFile(file)
          event.currentTarget.value = ''
        }}
      />
    </>
  )
}
