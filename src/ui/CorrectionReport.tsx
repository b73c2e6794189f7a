import { useEffect, useId, useRef, useState } from 'react'
import { correctionLink, type Report } from '../domain/correction'
import type { CorrectionText } from '../i18n/correction-messages'

type CopyState = 'idle' | 'copied' | 'failed'

interface CorrectionReportProps {
  readonly ct: CorrectionText
  readonly report: Report
  /** VITE_CORRECTIONS_URL, or null when the build sets none. */
  readonly address: string | null
}

/**
 * The prepared report: always shown as selectable text, so copying works even where the
 * clipboard is refused; and, when the build names an address, a link that opens it pre-filled.
 */
export function CorrectionReport({ ct, report, address }: CorrectionReportProps) {
  const id = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const text = useRef<HTMLTextAreaElement>(null)
  // The outcome belongs to the text that was copied; a changed report starts afresh.
  const [copy, setCopy] = useState<{ state: CopyState; body: string }>({ state: 'idle', body: '' })
  const copyState = copy.body === report.body ? copy.state : 'idle'
  const link = correctionLink(address, report)

  useEffect(function announceReport() {
    heading.current?.focus()
  }, [])

  const copyReport = async () => {
    try {
      await navigator.clipboard.writeText(report.body)
      setCopy({ state: 'copied', body: report.body })
    } catch {
      setCopy({ state: 'failed', body: report.body })
      text.current?.focus()
      text.current?.select()
    }
  }

  return (
    <section className="tm-correction__report" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {ct('report')}
      </h3>
      <p id={`${id}-hint`} className="tm-hint">
        {ct('reportHint')}
      </p>
      <textarea
        ref={text}
        readOnly
        rows={10}
        value={report.body}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-hint`}
      />
      <div className="tm-correction__actions">
        <button type="button" onClick={() => void copyReport()}>
          {ct('copy')}
        </button>
        {link !== null && (
          <a
            className="tm-correction__open"
            href={link}
            {...(link.startsWith('mailto:')
              ? {}
              : { target: '_blank', rel: 'noopener noreferrer' })}
          >
            {link.startsWith('mailto:') ? ct('openMail') : ct('openIssue')}
          </a>
        )}
      </div>
      <p aria-live="polite" className="tm-correction__status">
        {copyState === 'copied' ? ct('copied') : copyState === 'failed' ? ct('copyFailed') : ''}
      </p>
      <p className="tm-hint">{link === null ? ct('noAddress') : ct('openNote')}</p>
    </section>
  )
}
