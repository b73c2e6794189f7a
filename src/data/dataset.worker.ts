/**
 * Decodes and checks a large dataset away from the page's thread, so that the page keeps
 * answering while 50 000 features are validated. It receives the file's bytes while they
 * download and checks each feature as soon as its text is complete (feature-stream.ts), sending
 * the enterprises on in batches meanwhile: by the time the last byte arrives, nearly all of them
 * are checked and on the page. A file that cannot be read that way (CSV, uMap, odd JSON) is read
 * whole at the end, as before. Messages: see parse-off-thread.ts.
 */
import { featureStream } from '../domain/feature-stream'
import { MAX_DATASET_BYTES, parseStreamedDataset } from '../domain/parse-dataset'
import { featureCollector } from '../domain/parse-feature'
import { mayStream, readDatasetText } from '../domain/read-dataset-text'
import type { Enterprise } from '../domain/enterprise'
import { recordPacker } from './compact-batches'
import type { FromWorker, ToWorker } from './parse-off-thread'

/**
 * Enterprises per message: the page copies each message in a task of its own, and a batch this
 * size copies in well under 50 ms, so the page never freezes while they arrive.
 */
const BATCH = 1000
/** Text read before deciding whether the file can be checked while it downloads. */
const SNIFF_CHARS = 4096

function post(message: FromWorker, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer })
}

let pack = recordPacker()

/** Sends enterprises in their compact form (compact-batches.ts). */
function postEnterprises(enterprises: readonly Enterprise[], checked: number, total: number): void {
  const { batch, transfer } = pack(enterprises)
  post({ kind: 'enterprises', batch, checked, total }, transfer)
}

let decoder = new TextDecoder()
/**
 * The text so far, kept only while it may have to be read whole: until the start shows whether
 * it can be checked as it arrives, or when it cannot. A 50 MB file held as text costs the worker
 * 50–100 MB; once streaming, the page's own copy of the bytes is asked for again if need be.
 */
let whole: string[] | null = []
let received = 0
const stream = featureStream()
const collector = featureCollector()
/** null until SNIFF_CHARS have arrived; false once streaming is given up. */
let streaming: boolean | null = null
/** The page is sending the whole file again (see 'resend'): it is only collected. */
let rereading = false
let sent = 0

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data
  if (message.kind === 'bytes') take(decoder.decode(message.bytes, { stream: true }))
  else {
    take(decoder.decode())
    void finish()
  }
})

function take(text: string): void {
  received += text.length
  whole?.push(text)
  if (rereading) return
  if (streaming === null && received >= SNIFF_CHARS) {
    const start = whole?.join('') ?? ''
    streaming = mayStream(start)
    if (streaming) {
      whole = null
      feed(start)
    }
  } else if (streaming === true) feed(text)
}

function feed(text: string): void {
  // A feature that is not JSON ends the stream (its rest() is then null): the whole text,
  // read at the end, says where.
  for (const feature of stream.push(text)) collector.add(feature)
  if (collector.enterprises.length >= BATCH) sendBatches(false)
}

/** Sends the enterprises checked since the last batch; all of them when `all`. */
function sendBatches(all: boolean): void {
  while (collector.enterprises.length >= (all ? 1 : BATCH)) {
    const batch = collector.take(BATCH)
    sent += batch.length
    // Features still arriving: the count is known only at the end (0 means "not yet").
    postEnterprises(batch, sent, 0)
  }
}

async function finish(): Promise<void> {
  if (streaming === null) {
    // A file shorter than SNIFF_CHARS: it is all here now.
    const text = whole?.join('') ?? ''
    streaming = mayStream(text)
    if (streaming) feed(text)
  }
  const rest = streaming && !rereading && received <= MAX_DATASET_BYTES ? stream.rest() : null
  const streamed = rest === null ? null : parseStreamedDataset(parseOrNull(rest), collector)
  if (streamed !== null) {
    sendBatches(true)
    report(streamed)
    return
  }
  if (whole === null) {
    // Streaming was given up after its text was dropped: the page sends the file again.
    whole = []
    received = 0
    decoder = new TextDecoder()
    rereading = true
    post({ kind: 'resend' })
    return
  }
  const text = whole.join('')
  whole = null
  // The file is read whole after all: what was sent is dropped and sent again.
  if (sent > 0) {
    post({ kind: 'restart' })
    pack = recordPacker()
    sent = 0
  }
  const outcome = await readDatasetText(text, (checked, total) => {
    post({ kind: 'checked', checked, total })
  })
  if (outcome.ok) {
    const { enterprises } = outcome.dataset
    for (let start = 0; start < enterprises.length; start += BATCH) {
      const batch = enterprises.slice(start, start + BATCH)
      postEnterprises(batch, start + batch.length, enterprises.length)
    }
  }
  report(outcome)
}

function report(outcome: Awaited<ReturnType<typeof readDatasetText>>): void {
  if (!outcome.ok) {
    post({ kind: 'failed', error: outcome.error, problems: outcome.problems })
    return
  }
  const { tour, meta } = outcome.dataset
  post({ kind: 'done', tour, meta, problems: outcome.problems, warnings: outcome.warnings })
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
