import { describe, expect, it } from 'vitest'
import { parseViewState, writeViewState } from '../../src/state/view-state'

describe('parseViewState', () => {
  it('reads an empty query as the default view', () => {
    expect(parseViewState('')).toEqual({ industries: null, selectedId: null, dataUrl: null })
  })

  it('reads repeated industries, the selected id and the dataset URL', () => {
    const search =
      '?industry=Automotive&industry=Steel+%26+metallurgy&id=jiqi-longshan&data=https%3A%2F%2Fexample.org%2Fd.geojson'
    expect(parseViewState(search)).toEqual({
      industries: ['Automotive', 'Steel & metallurgy'],
      selectedId: 'jiqi-longshan',
      dataUrl: 'https://example.org/d.geojson',
    })
  })

  it('reads an empty industry parameter as "none ticked"', () => {
    expect(parseViewState('?industry=').industries).toEqual([])
  })

  it('ignores a blank id', () => {
    expect(parseViewState('?id=%20').selectedId).toBeNull()
  })
})

describe('writeViewState', () => {
  it('round-trips through parseViewState', () => {
    const state = {
      industries: ['Automotive', 'Chemicals & new materials'],
      selectedId: 'x',
      dataUrl: null,
    }
    expect(parseViewState(writeViewState('', state))).toEqual(state)
  })

  it('writes "none ticked" so that it survives a reload', () => {
    expect(parseViewState(writeViewState('', { industries: [] })).industries).toEqual([])
  })

  it('drops parameters set back to their default', () => {
    expect(
      writeViewState('?industry=Automotive&id=a', { industries: null, selectedId: null }),
    ).toBe('')
  })

  it('keeps parameters it does not own', () => {
    expect(writeViewState('?utm_source=news&id=a', { selectedId: 'b' })).toBe(
      '?utm_source=news&id=b',
    )
  })

  it('leaves untouched parts of the state alone', () => {
    expect(writeViewState('?data=x.geojson&id=a', { selectedId: null })).toBe('?data=x.geojson')
  })
})
