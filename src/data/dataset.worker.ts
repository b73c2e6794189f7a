/**
 * Decodes and checks a large dataset away from the page's thread, so that the page keeps
 * answering while 50 000 features are validated. It receives the file's bytes while they
 * download, so its code has loaded and the text is decoded by the time the last byte arrives.
 * Messages: see parse-off-thread.ts.
 */
import { readDatasetText } from '../domain/read-dataset-text'
import type { FromWorker, ToWorker } from './parse-off-thread'

/**
 * Enterprises per message: the page copies each message in a task of its own, and a batch this
 * size copies in well under 50 ms, so the page never freezes while they arrive.
 */
const BATCH = 1000

function post(message: FromWorker): void {
  self.postMessage(message)
}

const decoder = new TextDecoder()
const parts: string[] = []

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data
  if (message.kind === 'bytes') parts.push(decoder.decode(message.bytes, { stream: true }))
  else void check(parts.join('') + decoder.decode())
})

async function check(text: string): Promise<void> {
  parts.length = 0
  const outcome = await readDatasetText(text, (checked, total) => {
    post({ kind: 'checked', checked, total })
  })
  if (!outcome.ok) {
    post({ kind: 'failed', error: outcome.error, problems: outcome.problems })
    return
  }
  const { enterprises, tour, meta } = outcome.dataset
  const total = enterprises.length
  for (let start = 0; start < total; start += BATCH) {
    const batch = enterprises.slice(start, start + BATCH)
    post({ kind: 'enterprises', enterprises: batch, checked: start + batch.length, total })
  }
  post({ kind: 'done', tour, meta, problems: outcome.problems, warnings: outcome.warnings })
}
