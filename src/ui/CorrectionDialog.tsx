import './dialog.css'
import './correction-dialog.css'
import { useEffect, useMemo, useRef, useState } from 'react'
import {
  buildReport,
  currentValue,
  DATASET_SUBJECTS,
  draftErrors,
  ENTERPRISE_SUBJECTS,
  type CorrectionSubject,
  type CorrectionsSetup,
} from '../domain/correction'
import type { Enterprise } from '../domain/enterprise'
import { correctionText, type CorrectionText } from '../i18n/correction-messages'
import { useI18n } from '../i18n/i18n'
import { CloseButton } from './CloseButton'
import { CorrectionFields } from './CorrectionFields'
import { CorrectionReport } from './CorrectionReport'
import { useCorrectionDraft } from './use-correction-draft'

interface CorrectionDialogProps {
  /** The enterprise whose card the form was opened from; null from About (the whole dataset). */
  readonly enterprise: Enterprise | null
  /** The enterprise's name in the reader's language. */
  readonly enterpriseName: string
  readonly setup: CorrectionsSetup
  readonly onClose: () => void
}

const ENTERPRISE_LIST = Object.keys(ENTERPRISE_SUBJECTS) as CorrectionSubject[]
const DATASET_LIST = Object.keys(DATASET_SUBJECTS) as CorrectionSubject[]

function reportLabels(ct: CorrectionText) {
  return {
    title: ct('reportTitle'),
    enterprise: ct('reportEnterprise'),
    noEnterprise: ct('reportNoEnterprise'),
    subject: ct('reportSubject'),
    current: ct('reportCurrent'),
    correction: ct('reportCorrection'),
    source: ct('reportSource'),
    reporter: ct('reportReporter'),
    contact: ct('reportContact'),
    page: ct('reportPage'),
    version: ct('reportVersion'),
    versionUnknown: ct('reportVersionUnknown'),
  }
}

/**
 * "Suggest a correction": a modal form that turns what the reader knows into a plain-text report
 * for the maintainers. It sends nothing itself; Escape or × closes it, keeping the draft.
 */
// Names come in as props: importing the localisation helpers here makes the bundler split
// them into a chunk of their own, which the first load would then fetch separately.
export function CorrectionDialog({
  enterprise,
  enterpriseName,
  setup,
  onClose,
}: CorrectionDialogProps) {
  const { lang } = useI18n()
  const ct = useMemo(() => correctionText(lang), [lang])
  const dialog = useRef<HTMLDialogElement>(null)
  const subjects = enterprise === null ? DATASET_LIST : ENTERPRISE_LIST
  const { draft, update, clear, restored } = useCorrectionDraft(
    enterprise?.id ?? 'dataset',
    subjects,
  )
  const [prepared, setPrepared] = useState(false)
  const [showErrors, setShowErrors] = useState(false)
  const errors = draftErrors(draft)
  const valid = errors.correction === undefined && errors.source === undefined

  useEffect(function openModal() {
    const element = dialog.current
    if (element !== null && !element.open) element.showModal()
  }, [])

  const current = enterprise === null ? '' : currentValue(enterprise, draft.subject)
  const subjectLabel = (subject: CorrectionSubject) => ct(`subject_${subject}`)
  const report =
    prepared && valid
      ? buildReport({
          enterprise,
          draft,
          subjectLabel: subjectLabel(draft.subject),
          current,
          pageUrl: window.location.href,
          datasetVersion: setup.datasetVersion,
          labels: reportLabels(ct),
        })
      : null

  return (
    <dialog
      ref={dialog}
      className="tm-dialog tm-correction"
      aria-labelledby="tm-correction-title"
      aria-describedby="tm-correction-intro"
      onClose={(event) => {
        // React passes a nested dialog's close event up to this one; only its own counts.
        if (event.target === event.currentTarget) onClose()
      }}
    >
      <div className="tm-dialog__header">
        <h2 id="tm-correction-title">{ct('title')}</h2>
        <CloseButton label={ct('close')} onClick={onClose} />
      </div>
      <p id="tm-correction-intro">{ct('intro')}</p>
      <p className="tm-correction__target">
        {enterprise === null
          ? ct('aboutDataset')
          : ct('aboutEnterprise', {
              name: `${enterpriseName} (${enterprise.id})`,
            })}
      </p>
      {restored && <p className="tm-hint">{ct('restored')}</p>}
      <CorrectionFields
        ct={ct}
        draft={draft}
        subjects={subjects}
        subjectLabel={subjectLabel}
        current={current}
        errors={showErrors ? errors : {}}
        onChange={(change) => {
          // The report always shows what was prepared; an edit asks for a fresh one.
          setPrepared(false)
          update(change)
        }}
        onSubmit={() => {
          setShowErrors(true)
          setPrepared(valid)
          return valid
        }}
        onClear={() => {
          clear()
          setPrepared(false)
          setShowErrors(false)
        }}
      />
      {report !== null && <CorrectionReport ct={ct} report={report} address={setup.address} />}
    </dialog>
  )
}
