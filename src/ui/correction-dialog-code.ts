import { codeOnce } from './code-once'

/**
 * The correction form's code: few readers send corrections, so it is not part of the first
 * download. Asked for when the reader points at or focuses its button (SuggestCorrection.tsx):
 * by the click it is usually here, and the form opens at once (opened by the click alone, it
 * came 310–330 ms later).
 */
export const loadCorrectionDialog = codeOnce(() =>
  import('./CorrectionDialog').then((module) => ({ default: module.CorrectionDialog })),
)
