import { useEffect } from 'react'
import { replayEarlyInput } from '../early-input'

/**
 * Rendered beside the app by main.tsx: its effect runs once the page's root has hydrated (or, on
 * a page rendered in the browser, first rendered), when what the reader did before can reach it.
 */
export function EarlyInputHandover() {
  useEffect(() => {
    replayEarlyInput(document)
  }, [])
  return null
}
