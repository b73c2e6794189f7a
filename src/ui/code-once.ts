import { settled } from '../i18n/i18n'

/**
 * A part's code, asked for once and kept as a settled promise, for use(): once it has arrived the
 * part renders with whatever shows it. Through React.lazy a part suspended at its first render
 * even when its code was there, and React holds content that replaces a fallback for up to
 * 300 ms. A failed download is asked for again by the next reader.
 */
export function codeOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null
  return () =>
    (loading ??= settled(
      load().catch((error: unknown) => {
        loading = null
        throw error
      }),
    ))
}
