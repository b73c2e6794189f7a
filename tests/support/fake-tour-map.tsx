import type { Enterprise } from '../../src/domain/enterprise'

/** Stands in for the Leaflet map in jsdom (which has no layout); the real one is tested in Chromium. */
export function FakeTourMap({
  enterprises,
  onSelect,
}: {
  enterprises: readonly Enterprise[]
  onSelect: (id: string) => void
}) {
  return (
    <ul aria-label="Markers">
      {enterprises.map((e) => (
        <li key={e.id}>
          <button
            type="button"
            onClick={() => {
              onSelect(e.id)
            }}
          >
            {e.name}
          </button>
        </li>
      ))}
    </ul>
  )
}
