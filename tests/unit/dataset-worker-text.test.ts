import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { generateDataset } from '../../bench/generate-dataset'
import type { FromWorker } from '../../src/data/parse-off-thread'
import { readDatasetText } from '../../src/domain/read-dataset-text'
import { InProcessWorker } from '../support/in-process-worker'

// The dataset worker checks features while a large file downloads and keeps no copy of its text
// meanwhile: when it must read the file whole after all (broken JSON late in the file), it asks
// the page for the bytes again, and the outcome is the same as reading the text at once.
const dataset = generateDataset(1500)
const good = JSON.stringify(dataset)
// A closing brace doubled in the 1 200th feature: a file that breaks after a batch of 1 000
// enterprises has reached the page (they are dropped, then sent again).
const cut = good.indexOf(`"id":"${String(dataset.features[1200]?.id)}"`)
const broken = `${good.slice(0, cut)}}${good.slice(cut)}`

beforeEach(() => {
  InProcessWorker.started = []
  vi.stubGlobal('Worker', InProcessWorker)
})
afterEach(() => {
  vi.unstubAllGlobals()
})

/** Reads `text` through parse-off-thread.ts, given to it in pieces of `size` bytes like a download. */
async function readInPieces(text: string, size: number) {
  vi.resetModules()
  const { startParser } = await import('../../src/data/parse-off-thread')
  const bytes = new TextEncoder().encode(text)
  // Announced as large (a Content-Length over 1 MB), so the worker starts at once.
  const parser = startParser(2 * 1024 * 1024, () => undefined)
  for (let at = 0; at < bytes.length; at += size) parser.push(bytes.slice(at, at + size))
  const outcome = await parser.finish()
  const kinds = (InProcessWorker.started[0]?.fromWorker ?? []).map(
    (message) => (message as FromWorker).kind,
  )
  return { outcome, kinds }
}

function summary(outcome: Awaited<ReturnType<typeof readDatasetText>>) {
  return outcome.ok
    ? { ok: true, ids: outcome.dataset.enterprises.map((e) => e.id), problems: outcome.problems }
    : { ok: false, error: outcome.error, problems: outcome.problems }
}

describe('the dataset worker', () => {
  it('checks a well-formed file as it arrives, and never needs its bytes again', async () => {
    const { outcome, kinds } = await readInPieces(good, 5000)
    expect(InProcessWorker.started).toHaveLength(1)
    expect(summary(outcome)).toEqual(summary(await readDatasetText(good)))
    expect(outcome.ok && outcome.dataset.enterprises).toHaveLength(1500)
    expect(kinds).not.toContain('resend')
    expect(kinds.at(-1)).toBe('done')
  })

  // The worker forgets each batch once sent: a file of whole batches leaves it none at the end.
  it('reads a file of exactly two batches as the page reads it whole', async () => {
    const twoBatches = JSON.stringify(generateDataset(2000))
    const { outcome } = await readInPieces(twoBatches, 20_000)
    expect(summary(outcome)).toEqual(summary(await readDatasetText(twoBatches)))
    expect(outcome.ok && outcome.dataset.enterprises).toHaveLength(2000)
  })

  it('asks for the bytes again when the file breaks late, and says what reading it whole says', async () => {
    const { outcome, kinds } = await readInPieces(broken, 5000)
    expect(
      kinds.filter((kind) => kind === 'enterprises' || kind === 'restart' || kind === 'resend'),
    ).toEqual(['enterprises', 'resend', 'restart'])
    expect(summary(outcome)).toEqual(summary(await readDatasetText(broken)))
    expect(outcome.ok).toBe(false)
  })

  it('reads a file that cannot be streamed (a CSV) whole, without asking again', async () => {
    const rows = dataset.features
      .slice(0, 200)
      .map(
        (f) =>
          `${f.properties.name},${String(f.geometry.coordinates[1])},${String(f.geometry.coordinates[0])}`,
      )
    const csv = `name,lat,lon\n${rows.join('\n')}\n`
    const { outcome, kinds } = await readInPieces(csv, 3000)
    expect(kinds).not.toContain('resend')
    expect(summary(outcome)).toEqual(summary(await readDatasetText(csv)))
    expect(outcome.ok && outcome.dataset.enterprises).toHaveLength(200)
  })

  // On a ?data= page the inline loader starts the worker and sends it the file while the app's
  // code still loads (scripts/code-after-first-paint.ts); the parser then adopts that worker.
  it("adopts the loader's worker: hears what it said before, sends it no byte twice, reads the same", async () => {
    vi.resetModules()
    const { startParser } = await import('../../src/data/parse-off-thread')
    const worker = new InProcessWorker(new URL('../../src/data/dataset.worker.ts', import.meta.url))
    const sentKinds: string[] = []
    const post = worker.postMessage.bind(worker)
    worker.postMessage = (data: unknown) => {
      sentKinds.push((data as { kind: string }).kind)
      post(data)
    }
    const heard: unknown[] = []
    let adopted = false
    worker.addEventListener('message', (event) => {
      if (!adopted) heard.push((event as MessageEvent).data)
    })
    const bytes = new TextEncoder().encode(good)
    const pieces: Uint8Array[] = []
    for (let at = 0; at < bytes.length; at += 5000) pieces.push(bytes.slice(at, at + 5000))
    for (const piece of pieces) worker.postMessage({ kind: 'bytes', bytes: piece.slice().buffer })
    // Wait until the worker has sent its first batch of 1 000 before the app adopts it.
    await vi.waitFor(() => {
      expect(heard.map((message) => (message as FromWorker).kind)).toContain('enterprises')
    })
    const counts: number[] = []
    const parser = startParser(0, (checked) => counts.push(checked), {
      worker: worker as unknown as Worker,
      heard,
      failed: false,
    })
    adopted = true
    expect(heard).toEqual([])
    expect(counts[0]).toBe(1000)
    // The page still keeps the bytes (the worker may ask again) but does not send them.
    for (const piece of pieces) parser.push(piece)
    const outcome = await parser.finish()
    expect(summary(outcome)).toEqual(summary(await readDatasetText(good)))
    expect(outcome.ok && outcome.dataset.enterprises).toHaveLength(1500)
    expect(sentKinds.filter((kind) => kind === 'bytes')).toHaveLength(pieces.length)
    expect(sentKinds.filter((kind) => kind !== 'bytes')).toEqual(['end'])
  })

  it("reads the file on the page when the loader's worker could not start", async () => {
    vi.resetModules()
    const { startParser } = await import('../../src/data/parse-off-thread')
    const worker = { postMessage: vi.fn(), terminate: vi.fn(), addEventListener: vi.fn() }
    const parser = startParser(0, () => undefined, {
      worker: worker as unknown as Worker,
      heard: [],
      failed: true,
    })
    parser.push(new TextEncoder().encode(good))
    const outcome = await parser.finish()
    expect(summary(outcome)).toEqual(summary(await readDatasetText(good)))
    expect(worker.postMessage).not.toHaveBeenCalled()
    expect(worker.terminate).toHaveBeenCalled()
  })
})
