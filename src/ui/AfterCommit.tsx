import { useEffect } from 'react'

/**
 * Runs `run` after the commit that mounts it. Placed after other components, it runs once their
 * effects have: the map's layers, for one, are added to the map in effects.
 */
export function AfterCommit({ run }: { readonly run: (() => void) | undefined }) {
  useEffect(() => {
    run?.()
  }, [run])
  return null
}
