import { useId, useRef, type SyntheticEvent } from 'react'
import type { CorrectionDraft, CorrectionSubject, DraftError } from '../domain/correction'
import type { CorrectionText } from '../i18n/correction-messages'

interface CorrectionFieldsProps {
  readonly ct: CorrectionText
  readonly draft: CorrectionDraft
  readonly subjects: readonly CorrectionSubject[]
  readonly subjectLabel: (subject: CorrectionSubject) => string
  /** The enterprise's current value of the chosen subject; empty when there is none. */
  readonly current: string
  /** Only errors the reader should see now (after a first attempt to prepare the report). */
  readonly errors: { readonly correction?: DraftError; readonly source?: DraftError }
  readonly onChange: (change: Partial<CorrectionDraft>) => void
  /** Returns whether the report could be prepared. */
  readonly onSubmit: () => boolean
  readonly onClear: () => void
}

/**
 * The form's fields. Each error is tied to its field (aria-describedby, aria-invalid), and a
 * failed attempt moves focus to the first field to fix.
 */
export function CorrectionFields({
  ct,
  draft,
  subjects,
  subjectLabel,
  current,
  errors,
  onChange,
  onSubmit,
  onClear,
}: CorrectionFieldsProps) {
  const id = useId()
  const correction = useRef<HTMLTextAreaElement>(null)
  const source = useRef<HTMLInputElement>(null)
  const submit = (event: SyntheticEvent) => {
    event.preventDefault()
    if (onSubmit()) return
    // Errors of this attempt are computed from the draft, not from the props of the last render.
    if (draft.correction.trim() === '') correction.current?.focus()
    else source.current?.focus()
  }
  const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ') || undefined
  return (
    <form className="tm-correction__form" noValidate onSubmit={submit}>
      <label htmlFor={`${id}-subject`}>{ct('subject')}</label>
      <select
        id={`${id}-subject`}
        value={draft.subject}
        onChange={(event) => {
          const chosen = subjects.find((subject) => subject === event.target.value)
          if (chosen !== undefined) onChange({ subject: chosen })
        }}
      >
        {subjects.map((subject) => (
          <option key={subject} value={subject}>
            {subjectLabel(subject)}
          </option>
        ))}
      </select>
      {current !== '' && (
        <div className="tm-correction__current">
          <span id={`${id}-current`}>{ct('current')}</span>
          <pre aria-labelledby={`${id}-current`}>{current}</pre>
        </div>
      )}
      <label htmlFor={`${id}-correction`}>{ct('correction')}</label>
      <textarea
        ref={correction}
        id={`${id}-correction`}
        rows={4}
        required
        value={draft.correction}
        aria-invalid={errors.correction !== undefined}
        aria-describedby={describedBy(
          `${id}-correction-hint`,
          errors.correction !== undefined && `${id}-correction-error`,
        )}
        onChange={(event) => {
          onChange({ correction: event.target.value })
        }}
      />
      <span id={`${id}-correction-hint`} className="tm-hint">
        {ct('correctionHint')}
      </span>
      {errors.correction !== undefined && (
        <span id={`${id}-correction-error`} className="tm-correction__error">
          {ct(errors.correction)}
        </span>
      )}
      <label htmlFor={`${id}-source`}>{ct('source')}</label>
      <input
        ref={source}
        id={`${id}-source`}
        type="url"
        inputMode="url"
        required
        value={draft.source}
        aria-invalid={errors.source !== undefined}
        aria-describedby={describedBy(
          `${id}-source-hint`,
          errors.source !== undefined && `${id}-source-error`,
        )}
        onChange={(event) => {
          onChange({ source: event.target.value })
        }}
      />
      <span id={`${id}-source-hint`} className="tm-hint">
        {ct('sourceHint')}
      </span>
      {errors.source !== undefined && (
        <span id={`${id}-source-error`} className="tm-correction__error">
          {ct(errors.source)}
        </span>
      )}
      <label htmlFor={`${id}-reporter`}>{ct('reporter')}</label>
      <input
        id={`${id}-reporter`}
        autoComplete="name"
        value={draft.reporter}
        onChange={(event) => {
          onChange({ reporter: event.target.value })
        }}
      />
      <label htmlFor={`${id}-contact`}>{ct('contact')}</label>
      <input
        id={`${id}-contact`}
        autoComplete="email"
        value={draft.contact}
        aria-describedby={`${id}-contact-hint`}
        onChange={(event) => {
          onChange({ contact: event.target.value })
        }}
      />
      <span id={`${id}-contact-hint`} className="tm-hint">
        {ct('contactHint')}
      </span>
      <div className="tm-correction__actions">
        <button type="submit">{ct('prepare')}</button>
        <button type="button" onClick={onClear}>
          {ct('clear')}
        </button>
      </div>
    </form>
  )
}
