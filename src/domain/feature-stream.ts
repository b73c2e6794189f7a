/**
 * Finds the members of a FeatureCollection's `features` list while the file's text arrives, so
 * that each can be checked before the last byte is in (the dataset worker, src/data). It only
 * splits the text: every feature is read with JSON.parse, and the rest of the collection too
 * (rest()). Text it does not understand, or a feature that is not JSON, ends the stream; the
 * whole file is then read as before, so an odd file costs time, never a different outcome.
 */
export interface FeatureStream {
  /** Takes the next piece of text; returns each feature completed by it, read as JSON. */
  readonly push: (text: string) => unknown[]
  /**
   * The collection without its features (`"features":[]`) once the text has ended; null when
   * no single `features` list was found at the top level, or the stream was given up.
   */
  readonly rest: () => string | null
}

/**
 * How most files begin each feature (`{"type":"Feature"`, spaced as the file spaces it). Its
 * quotes cannot stand unescaped inside a JSON string, so where this text occurs an object
 * begins: the stream looks for the next one instead of reading every character up to it.
 */
const FEATURE_START = /^\{\s*"type"\s*:\s*"Feature"/
/** Quick cuts that turned out wrong (a feature inside a feature) before they are no longer tried. */
const MISSES_ALLOWED = 8

const QUOTE = 34
const BACKSLASH = 92
const OPEN_OBJECT = 123
const CLOSE_OBJECT = 125
const OPEN_LIST = 91
const CLOSE_LIST = 93
const COMMA = 44
const COLON = 58

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9
}

/** Where the string opening at `start` closes, or -1 when its end has not arrived yet. */
function stringEnd(text: string, start: number): number {
  let from = start + 1
  for (;;) {
    const quote = text.indexOf('"', from)
    if (quote < 0) return -1
    let backslashes = 0
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1
    if (backslashes % 2 === 0) return quote
    from = quote + 1
  }
}

export function featureStream(): FeatureStream {
  /** 'head': before the features list; 'list': inside it; 'tail': after it. */
  let phase: 'head' | 'list' | 'tail' | 'broken' = 'head'
  let text = ''
  let at = 0
  let depth = 0
  let head = ''
  let tail = ''
  // In the head, at the top level: the last member name, and the member whose value comes next.
  let lastString: string | null = null
  let valueOf: string | null = null
  let featureStart = -1
  /** How this file's features begin (FEATURE_START); undefined until the first is read. */
  let start: string | null | undefined
  let misses = 0

  /** Reads one feature's text; false when it is not JSON, which ends the stream. */
  function read(piece: string, found: unknown[]): boolean {
    try {
      found.push(JSON.parse(piece))
    } catch {
      phase = 'broken'
      text = ''
      return false
    }
    start ??= FEATURE_START.exec(piece)?.[0] ?? null
    return true
  }

  /**
   * The feature at `at`, cut where the next one begins, when that is in the text and the cut is
   * one JSON value followed by a comma; where it ends otherwise. -1 when it cannot tell, so
   * that every character up to the feature's end is read as before.
   */
  function quickCut(found: unknown[]): number {
    if (start === undefined || start === null || !text.startsWith(start, at)) return -1
    const next = text.indexOf(start, at + start.length)
    if (next < 0) return -1
    let end = next - 1
    while (end > at && isSpace(text.charCodeAt(end))) end -= 1
    if (text.charCodeAt(end) !== COMMA) return -1
    try {
      // A cut inside a feature, or past the list's end, is never a single JSON value.
      found.push(JSON.parse(text.slice(at, end)))
    } catch {
      misses += 1
      if (misses > MISSES_ALLOWED) start = null
      return -1
    }
    return next
  }

  function scanHead(): boolean {
    for (; at < text.length; at++) {
      const code = text.charCodeAt(at)
      if (isSpace(code)) continue
      if (depth === 0 && code !== OPEN_OBJECT) return false
      if (code === QUOTE) {
        const end = stringEnd(text, at)
        if (end < 0) return true
        if (depth === 1) {
          if (valueOf === null) lastString = text.slice(at + 1, end)
          valueOf = null
        }
        at = end
      } else if (depth === 1 && code === COLON) valueOf = lastString
      else if (depth === 1 && code === OPEN_LIST && valueOf === 'features') {
        head = text.slice(0, at + 1)
        text = text.slice(at + 1)
        at = 0
        depth = 2
        phase = 'list'
        return true
      } else {
        if (depth === 1) valueOf = null
        if (code === OPEN_OBJECT || code === OPEN_LIST) depth += 1
        else if (code === CLOSE_OBJECT || code === CLOSE_LIST) depth -= 1
      }
    }
    return true
  }

  function scanList(found: unknown[]): void {
    for (; at < text.length; at++) {
      const code = text.charCodeAt(at)
      if (isSpace(code)) continue
      if (depth === 2 && featureStart < 0 && code !== COMMA && code !== CLOSE_LIST) {
        const next = code === OPEN_OBJECT ? quickCut(found) : -1
        if (next >= 0) {
          // The loop steps on to the next feature's first character.
          at = next - 1
          continue
        }
        featureStart = at
      }
      if (code === QUOTE) {
        const end = stringEnd(text, at)
        if (end < 0) break
        at = end
      } else if (code === OPEN_OBJECT || code === OPEN_LIST) depth += 1
      else if (depth === 2 && (code === COMMA || code === CLOSE_LIST)) {
        if (featureStart >= 0 && !read(text.slice(featureStart, at), found)) return
        featureStart = -1
        if (code === CLOSE_LIST) {
          tail = text.slice(at)
          text = ''
          at = 0
          phase = 'tail'
          return
        }
      } else if (code === CLOSE_OBJECT || code === CLOSE_LIST) depth -= 1
    }
    // Keep only what is not handed out yet: the feature being read.
    const keep = featureStart >= 0 ? featureStart : at
    text = text.slice(keep)
    at -= keep
    if (featureStart >= 0) featureStart = 0
  }

  return {
    push(piece) {
      const found: unknown[] = []
      if (phase === 'tail') tail += piece
      if (phase === 'head' || phase === 'list') text += piece
      if (phase === 'head' && !scanHead()) phase = 'broken'
      if (phase === 'list') scanList(found)
      return found
    },
    rest: () => (phase === 'tail' ? head + tail : null),
  }
}
