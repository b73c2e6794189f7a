import { useCallback, useState } from 'react'
import { EMPTY_DRAFT, type CorrectionDraft, type CorrectionSubject } from '../domain/correction'

const KEY_PREFIX = 'tour-map:correction:'

/** Storage can be missing or refuse writes (private windows, full quota); a draft is a nicety. */
function readDraft(key: string, subjects: readonly CorrectionSubject[]): CorrectionDraft | null {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY_PREFIX + key) ?? 'null')
    if (typeof stored !== 'object' || stored === null) return null
    const record = stored as Readonly<Record<string, unknown>>
    const text = (name: keyof CorrectionDraft) =>
      typeof record[name] === 'string' ? record[name] : ''
    const subject = subjects.find((s) => s === record.subject) ?? firstOf(subjects)
    return {
      subject,
      correction: text('correction'),
      source: text('source'),
      reporter: text('reporter'),
      contact: text('contact'),
    }
  } catch {
    return null
  }
}

const firstOf = (subjects: readonly CorrectionSubject[]) => subjects[0] ?? EMPTY_DRAFT.subject

function writeDraft(key: string, draft: CorrectionDraft | null) {
  try {
    if (draft === null) localStorage.removeItem(KEY_PREFIX + key)
    else localStorage.setItem(KEY_PREFIX + key, JSON.stringify(draft))
  } catch {
    // Not saved: the form still works, it only forgets on reload.
  }
}

/**
 * The form's content, kept in localStorage under the enterprise's id (or "dataset"), so a
 * half-written report survives a reload. It stays until the reader clears the form.
 */
export function useCorrectionDraft(key: string, subjects: readonly CorrectionSubject[]) {
  const [initial] = useState(() => readDraft(key, subjects))
  const blank = { ...EMPTY_DRAFT, subject: firstOf(subjects) }
  const [draft, setDraft] = useState<CorrectionDraft>(initial ?? blank)
  const update = useCallback(
    (change: Partial<CorrectionDraft>) => {
      setDraft((previous) => {
        const next = { ...previous, ...change }
        writeDraft(key, next)
        return next
      })
    },
    [key],
  )
  const clear = useCallback(() => {
    writeDraft(key, null)
    setDraft({ ...EMPTY_DRAFT, subject: firstOf(subjects) })
  }, [key, subjects])
  return { draft, update, clear, restored: initial !== null }
}
