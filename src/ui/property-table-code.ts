import { settled } from '../i18n/i18n'

let loading: Promise<typeof import('./PropertyTable')> | null = null

/**
 * The code of another dataset's card table (the tour's card has none), asked for once. Started
 * as soon as such a dataset is on screen (src/app/use-own-data.ts), so that the first card opened
 * renders its table with it: through React.lazy at the card's first render, the table suspended,
 * and React holds content that replaces a fallback for up to 300 ms, so it came 240–330 ms after
 * its card. A failed download is asked for again by the next card that wants it.
 */
export function loadPropertyTable(): Promise<typeof import('./PropertyTable')> {
  loading ??= settled(
    import('./PropertyTable').catch((error: unknown) => {
      loading = null
      throw error
    }),
  )
  return loading
}
