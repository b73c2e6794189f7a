import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Enterprise } from '../../src/domain/enterprise'
import { TourMap } from '../../src/map/TourMap'
import { bundledEnterprises, bundledFeatures } from '../support/dataset-fixtures'

// The real Leaflet map in jsdom: no layout and no tiles, but markers, their names, clicks and
// keys all work. Layout-dependent behaviour (panning, clusters on screen) is left to Chromium.
// jsdom has no ResizeObserver; without layout there is nothing to observe anyway.
vi.stubGlobal(
  'ResizeObserver',
  class {
    observe = vi.fn()
    unobserve = vi.fn()
    disconnect = vi.fn()
  },
)

// Parsed in beforeEach, not at import: npm run mutate then knows which tests cover the parser.
let all: readonly Enterprise[] = []
beforeEach(() => {
  all = bundledEnterprises()
})
const names = bundledFeatures().map((f) => f.properties.name)

function renderMap(
  props: { enterprises?: readonly Enterprise[]; selectedId?: string | null } = {},
) {
  const onSelect = vi.fn<(id: string) => void>()
  const ui = (selectedId: string | null, enterprises: readonly Enterprise[]) => (
    <TourMap
      allEnterprises={all}
      enterprises={enterprises}
      selectedId={selectedId}
      highlightedId={null}
      onSelect={onSelect}
      labelOf={(e) => e.name}
      clusterLabel={(count) => `${String(count)} enterprises: zoom in`}
      districts={[]}
      industrySlots={new Map()}
      initialView={null}
      onViewChange={vi.fn()}
      coverRef={{ current: null }}
    />
  )
  const view = render(ui(props.selectedId ?? null, props.enterprises ?? all))
  return {
    onSelect,
    rerender: (selectedId: string | null, enterprises: readonly Enterprise[] = all) => {
      view.rerender(ui(selectedId, enterprises))
    },
  }
}

/** A pin: Leaflet gives each keyboard-reachable marker the role button and its title as name. */
function pin(name: string) {
  return screen.getByRole('button', { name })
}

describe('TourMap (real Leaflet in jsdom)', () => {
  it('draws one pin per enterprise of the dataset, named after it', () => {
    renderMap()
    for (const name of names) expect(pin(name)).toBeInTheDocument()
    const pins = names.map(pin)
    expect(new Set(pins).size).toBe(names.length)
  })

  it('draws only the enterprises it is given', () => {
    const [first, ...rest] = all
    if (first === undefined) throw new Error('the dataset is empty')
    renderMap({ enterprises: rest })
    expect(screen.queryByRole('button', { name: first.name })).toBeNull()
    for (const e of rest) expect(pin(e.name)).toBeInTheDocument()
  })

  it('selects an enterprise when its pin is clicked, or focused and Enter is pressed', async () => {
    const user = userEvent.setup()
    const { onSelect } = renderMap()
    const [first, second] = all
    if (first === undefined || second === undefined) throw new Error('need two enterprises')
    await user.click(pin(first.name))
    expect(onSelect).toHaveBeenLastCalledWith(first.id)
    pin(second.name).focus()
    expect(pin(second.name)).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(onSelect).toHaveBeenLastCalledWith(second.id)
  })

  it('marks the selected pin, and only that one', () => {
    const [first, second] = all
    if (first === undefined || second === undefined) throw new Error('need two enterprises')
    const { rerender } = renderMap({ selectedId: first.id })
    // Leaflet's marker exposes no ARIA state; its icon class is the only sign jsdom can read.
    expect(pin(first.name)).toHaveClass('tm-pin--selected')
    expect(pin(second.name)).not.toHaveClass('tm-pin--selected')
    rerender(second.id)
    expect(pin(second.name)).toHaveClass('tm-pin--selected')
    expect(pin(first.name)).not.toHaveClass('tm-pin--selected')
  })

  it('has zoom buttons that are not pins', () => {
    renderMap()
    const zoomIn = screen.getByRole('button', { name: 'Zoom in' })
    expect(names).not.toContain(zoomIn.textContent)
    expect(within(document.body).getAllByRole('button').length).toBeGreaterThan(names.length)
  })
})
