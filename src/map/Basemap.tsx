import { useEffect, useMemo, useState } from 'react'
import { TileLayer } from 'react-leaflet'
import type { TileProvider } from '../config'

/** Errors with no tile loaded after which a provider counts as unreachable. */
const FAILED_AFTER = 6

export interface BasemapState {
  /** The provider shown, or null when none can be reached. */
  readonly current: TileProvider | null
  /** The last provider given up on, if any. */
  readonly failed: TileProvider | null
}

interface BasemapProps {
  readonly providers: readonly TileProvider[]
  readonly onChange: (state: BasemapState) => void
}

/**
 * Tiles from the first provider that works: on repeated tile errors it moves to the next one,
 * and after the last to none (the district outlines then serve as the basemap).
 */
export function Basemap({ providers, onChange }: BasemapProps) {
  const [index, setIndex] = useState(0)
  const provider = providers[index] ?? null
  useEffect(
    function report() {
      onChange({ current: provider, failed: index > 0 ? (providers[index - 1] ?? null) : null })
    },
    [index, provider, providers, onChange],
  )
  // Fresh counters per provider; a replaced layer's late errors cannot skip the next one.
  const handlers = useMemo(() => {
    const counts = { errors: 0, loads: 0 }
    return {
      tileload: () => {
        counts.loads += 1
      },
      tileerror: () => {
        counts.errors += 1
        if (counts.loads === 0 && counts.errors === FAILED_AFTER) {
          setIndex((current) => (current === index ? current + 1 : current))
        }
      },
    }
  }, [index])
  if (provider === null) return null
  return (
    <>
      <TileLayer
        key={provider.id}
        url={provider.url}
        attribution={provider.attribution}
        subdomains={provider.subdomains ?? 'abc'}
        eventHandlers={handlers}
      />
      {provider.labelsUrl !== undefined && (
        <TileLayer
          key={`${provider.id}-labels`}
          url={provider.labelsUrl}
          subdomains={provider.subdomains ?? 'abc'}
        />
      )}
    </>
  )
}
