/**
 * Returns the URL when it is an absolute http(s) link, else null. Dataset strings are untrusted,
 * so `javascript:`, `data:` and relative links must never become clickable.
 */
export function toSafeHttpUrl(candidate: string): URL | null {
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return null
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null
}
