import { useCallback, useState } from 'react'
import type { TileProvider } from '../config'

export interface BasemapChoice {
  /** The provider shown, or null when none can be reached. */
  readonly current: TileProvider | null
  /** The last provider given up on, if any. */
  readonly failed: TileProvider | null
  /** Moves on from `provider` to the next one; later reports about it are ignored. */
  readonly giveUp: (provider: TileProvider) => void
}

/**
 * The first provider that works: on repeated tile errors the map moves to the next one, and after
 * the last to none (the district outlines then serve as the basemap). Held by the map rather than
 * by <Basemap>, so that the notice outside the Leaflet container can read it.
 */
export function useBasemapChoice(providers: readonly TileProvider[]): BasemapChoice {
  const [index, setIndex] = useState(0)
  const giveUp = useCallback(
    (provider: TileProvider) => {
      setIndex((current) => (providers[current] === provider ? current + 1 : current))
    },
    [providers],
  )
  return {
    current: providers[index] ?? null,
    failed: index > 0 ? (providers[index - 1] ?? null) : null,
    giveUp,
  }
}
