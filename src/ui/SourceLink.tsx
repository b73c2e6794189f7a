import { clip } from '../domain/clip'
import { toSafeHttpUrl } from '../domain/safe-url'

/** A source as a link when it is a real web address, otherwise as plain text. */
export function SourceLink({ url }: { readonly url: string }) {
  const safe = toSafeHttpUrl(url)
  if (safe === null) return <span className="tm-source tm-source--text">{clip(url, 200).text}</span>
  const label = `${safe.hostname}${safe.pathname === '/' ? '' : readablePath(safe.pathname)}`
  return (
    <a className="tm-source" href={safe.href} target="_blank" rel="noopener noreferrer">
      {clip(label, 120).text}
    </a>
  )
}

/** Paths such as /Паньши arrive percent-encoded; readers should see the letters. */
function readablePath(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}
