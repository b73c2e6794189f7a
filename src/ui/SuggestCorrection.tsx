import { Suspense, useRef, useState } from 'react'
import type { CorrectionsSetup } from '../domain/correction'
import type { Enterprise } from '../domain/enterprise'
import { useI18n } from '../i18n/i18n'
import { localName } from '../i18n/localise'
import { codePart, preloadOnApproach } from './code-part'
import { loadCorrectionDialog } from './correction-dialog-code'

// Few readers send corrections, so the form and its strings are not part of the first download.
const CorrectionDialog = codePart(loadCorrectionDialog)

interface SuggestCorrectionProps {
  /** Null in About, where the report concerns the dataset as a whole. */
  readonly enterprise: Enterprise | null
  readonly setup: CorrectionsSetup
}

/** The "Suggest a correction" button; closing the form returns focus to it. */
export function SuggestCorrection({ enterprise, setup }: SuggestCorrectionProps) {
  const { t, lang } = useI18n()
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  return (
    <>
      <button
        ref={button}
        type="button"
        className="tm-suggest"
        aria-haspopup="dialog"
        {...preloadOnApproach(loadCorrectionDialog)}
        onClick={() => {
          setOpen(true)
        }}
      >
        {t('suggestCorrection')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <CorrectionDialog
            enterprise={enterprise}
            enterpriseName={enterprise === null ? '' : localName(enterprise, lang).text}
            setup={setup}
            onClose={() => {
              setOpen(false)
              button.current?.focus()
            }}
          />
        </Suspense>
      )}
    </>
  )
}
