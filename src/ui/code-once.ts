import { settled } from '../i18n/i18n'

/** How to forget each part whose code failed to download (see forgetFailedParts). */
const failed = new Set<() => void>()

/**
 * Forgets the parts whose code failed to download, so that the next render asks for it again:
 * what a Retry button does. Until then a failed part stays failed. Forgotten at once, every
 * render asked again and suspended again on the new request, and a chunk the network refused was
 * requested thousands of times while the part never showed its failure.
 */
export function forgetFailedParts(): void {
  for (const forget of failed) forget()
  failed.clear()
}

/**
 * A part's code, asked for once and kept as a settled promise (see settled()), for use(): once it
 * has arrived, the part renders with whatever shows it. Through React.lazy a part suspended at its
 * first render even when its code was there, and React holds content that replaces a fallback
 * for up to 300 ms. A failed download stays failed until forgetFailedParts.
 */
export function codeOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null
  return () =>
    (loading ??= settled(
      load().catch((error: unknown) => {
        failed.add(() => {
          loading = null
        })
        throw error
      }),
    ))
}
