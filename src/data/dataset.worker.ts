/**
 * Decodes and checks a large dataset away from the page's thread, so that the page keeps
 * answering while 50 000 features are validated. Messages: see parse-off-thread.ts.
 */
import { readDatasetText } from '../domain/read-dataset-text'
import type { FromWorker } from './parse-off-thread'

/** Enterprises per message: each message is copied into the page in a task of its own. */
const BATCH = 2500

function post(message: FromWorker): void {
  self.postMessage(message)
}

self.addEventListener('message', (event: MessageEvent<readonly ArrayBuffer[]>) => {
  void check(event.data)
})

async function check(chunks: readonly ArrayBuffer[]): Promise<void> {
  const decoder = new TextDecoder()
  const text = chunks.map((chunk) => decoder.decode(chunk, { stream: true })).join('')
  const outcome = await readDatasetText(text + decoder.decode(), (checked, total) => {
    post({ kind: 'checked', checked, total })
  })
  if (!outcome.ok) {
    post({ kind: 'failed', error: outcome.error, problems: outcome.problems })
    return
  }
  const { enterprises, tour } = outcome.dataset
  for (let start = 0; start < enterprises.length; start += BATCH) {
    post({ kind: 'enterprises', enterprises: enterprises.slice(start, start + BATCH) })
    post({ kind: 'checked', checked: start + BATCH, total: enterprises.length })
  }
  post({ kind: 'done', tour, problems: outcome.problems, warnings: outcome.warnings })
}
