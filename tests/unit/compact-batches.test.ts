import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateDataset } from '../../bench/generate-dataset'
import { recordPacker, recordUnpacker } from '../../src/data/compact-batches'
import { parseDataset } from '../../src/domain/parse-dataset'

/** Packs batches, copies them as postMessage does (index arrays transferred), and unpacks them. */
function roundTrip(batches: readonly (readonly object[])[]): object[][] {
  const pack = recordPacker()
  const unpack = recordUnpacker<object>()
  return batches.map((records) => {
    const { batch, transfer } = pack(records)
    return unpack(structuredClone(batch, { transfer }))
  })
}

const value = fc.oneof(
  fc.constantFrom('Machinery', 'Chemicals', '', null, 0, true),
  fc.string(),
  fc.double(),
  fc.array(fc.constantFrom('a', 'b', '1:a', 'a1:'), { maxLength: 3 }),
  fc.record({ lat: fc.double(), lng: fc.double() }),
  fc.constant(undefined),
)
const record = fc.dictionary(fc.constantFrom('id', 'name', 'industry', 'sources', 'shape'), value)

describe('compact batches', () => {
  it('give back every record with the same fields and values, batch after batch', () => {
    fc.assert(
      fc.property(fc.array(fc.array(record, { maxLength: 8 }), { maxLength: 5 }), (batches) => {
        const back = roundTrip(batches)
        expect(back).toEqual(batches)
        // Fields that were absent stay absent, and fields holding undefined stay present.
        back.forEach((records, b) => {
          records.forEach((r, i) => {
            expect(Object.keys(r).sort()).toEqual(Object.keys(batches[b]?.[i] ?? {}).sort())
          })
        })
      }),
    )
  })

  it('give back a dataset’s enterprises as the parser made them', () => {
    const parsed = parseDataset(generateDataset(250))
    if (!parsed.ok) throw new Error('the generated dataset should parse')
    const { enterprises } = parsed.dataset
    const batches = [enterprises.slice(0, 100), enterprises.slice(100, 200), enterprises.slice(200)]
    expect(roundTrip(batches).flat()).toEqual(enterprises)
  })

  it('send a repeated value, or an equal list of text, only once', () => {
    const pack = recordPacker()
    const first = pack([
      { industry: 'Chemicals', sources: ['x', 'y'] },
      { industry: 'Chemicals', sources: ['x', 'y'] },
    ]).batch
    const second = pack([{ industry: 'Chemicals', sources: ['xy'] }]).batch
    const added = (batch: typeof first, key: string) =>
      batch.columns.find((column) => column.key === key)?.added
    expect(added(first, 'industry')).toEqual(['Chemicals'])
    expect(added(first, 'sources')).toEqual([['x', 'y']])
    expect(added(second, 'industry')).toEqual([])
    expect(added(second, 'sources')).toEqual([['xy']])
  })

  // Features without properties of their own share one empty object (feature-label.ts).
  it('send an object that records share only once, and give it back shared', () => {
    const none = {}
    const pack = recordPacker()
    const unpack = recordUnpacker<{ own: object }>()
    const first = pack([{ own: none }, { own: none }, { own: { a: 1 } }])
    const second = pack([{ own: none }])
    expect(first.batch.columns[0]?.added).toEqual([{}, { a: 1 }])
    expect(second.batch.columns[0]?.added).toEqual([])
    const back = [first, second].flatMap(({ batch, transfer }) =>
      unpack(structuredClone(batch, { transfer })),
    )
    expect(back.map((record) => record.own)).toEqual([{}, {}, { a: 1 }, {}])
    expect(back[1]?.own).toBe(back[0]?.own)
    expect(back[3]?.own).toBe(back[0]?.own)
  })
})
