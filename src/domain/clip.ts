/**
 * Shortens text for display. Dataset strings can be any length; a megabyte-long name must not
 * stall layout or fill the screen. Counts code points so no surrogate pair is cut in half.
 */
export function clip(
  text: string,
  max: number,
): { readonly text: string; readonly clipped: boolean } {
  if (text.length <= max) return { text, clipped: false }
  const points = Array.from(text.slice(0, max * 2)).slice(0, max)
  return { text: `${points.join('')}…`, clipped: true }
}

/** The first `max` items, and how many were left out. */
export function firstItems<T>(
  items: readonly T[],
  max: number,
): { readonly shown: readonly T[]; readonly hidden: number } {
  return items.length <= max
    ? { shown: items, hidden: 0 }
    : { shown: items.slice(0, max), hidden: items.length - max }
}
