import { useMemo } from 'react'
import { TileLayer } from 'react-leaflet'
import type { TileProvider } from '../config'

/** Errors with no tile loaded after which a provider counts as unreachable. */
const FAILED_AFTER = 6

interface BasemapProps {
  readonly provider: TileProvider | null
  readonly onUnreachable: (provider: TileProvider) => void
}

/** The tile layers of one provider; reports it unreachable when its tiles keep failing. */
export function Basemap({ provider, onUnreachable }: BasemapProps) {
  // Fresh counters per provider; a replaced layer's late errors cannot skip the next one.
  const handlers = useMemo(() => {
    const counts = { errors: 0, loads: 0 }
    return {
      tileload: () => {
        counts.loads += 1
      },
      tileerror: () => {
        counts.errors += 1
        if (provider !== null && counts.loads === 0 && counts.errors === FAILED_AFTER) {
          onUnreachable(provider)
        }
      },
    }
  }, [provider, onUnreachable])
  if (provider === null) return null
  // detectRetina: on a phone's 2× or 3× screen, four tiles of the next zoom in place of one, so
  // roads and labels are sharp rather than 256 px pictures stretched (Lighthouse's
  // image-size-responsive audit, issue #9).
  return (
    <>
      <TileLayer
        key={provider.id}
        url={provider.url}
        attribution={provider.attribution}
        subdomains={provider.subdomains ?? 'abc'}
        detectRetina
        eventHandlers={handlers}
      />
      {provider.labelsUrl !== undefined && (
        <TileLayer
          key={`${provider.id}-labels`}
          url={provider.labelsUrl}
          subdomains={provider.subdomains ?? 'abc'}
          detectRetina
        />
      )}
    </>
  )
}
