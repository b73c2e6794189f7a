import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadCodeScript, WORKER_SRC_ATTRIBUTE } from '../../scripts/code-after-first-paint'
import { EARLY_DOWNLOAD_KEY } from '../../src/data/early-download'
import { startDownload } from '../../src/data/start-download'

// A page opened with ?data= asks for the file from its inline loader, before the app's code has
// arrived; the app then takes that request over instead of asking again. These tests run the
// loader's own text against a stubbed browser, so the handshake between the two is what is tested.
const PAGE = 'https://tour.example/app/'
const encoder = new TextEncoder()

interface Body {
  readonly stream: ReadableStream<Uint8Array>
  send: (text: string) => void
  end: () => void
  fail: (error: Error) => void
}

function controllableBody(): Body {
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c
    },
  })
  return {
    stream,
    send: (text) => controller?.enqueue(encoder.encode(text)),
    end: () => controller?.close(),
    fail: (error) => controller?.error(error),
  }
}

/** A browser's worker, as far as the loader and startDownload use one. */
class FakeWorker {
  static started: FakeWorker[] = []
  readonly sent: string[] = []
  terminated = false
  onmessage: ((event: { data: unknown }) => void) | null = null
  onerror: ((event: { preventDefault: () => void }) => void) | null = null
  readonly url: string
  readonly options: unknown
  constructor(url: string, options: unknown) {
    this.url = url
    this.options = options
    FakeWorker.started.push(this)
  }
  postMessage(message: { kind: string; bytes: ArrayBuffer }) {
    this.sent.push(`${message.kind}:${new TextDecoder().decode(message.bytes)}`)
  }
  terminate() {
    this.terminated = true
  }
}

/** Where the build puts the dataset worker's address for the loader (code-after-first-paint.ts). */
const WORKER_SRC = './assets/dataset.worker-abc.js'

/**
 * Opens the page at `search` with a server whose answers are `bodies`, in order (null: 204),
 * with `status`; the loader's tag names the dataset worker unless `withWorker` is false.
 */
function openPage(search: string, bodies: (Body | null)[], status = 200, withWorker = true) {
  const requests: { url: string; signal: AbortSignal | undefined }[] = []
  const fetchStub = vi.fn((url: string, init?: RequestInit) => {
    requests.push({ url, signal: init?.signal ?? undefined })
    const body = bodies.length > 0 ? bodies.shift() : controllableBody()
    return Promise.resolve(
      body === null || body === undefined
        ? new Response(null, { status: 204 })
        : new Response(body.stream, { status, headers: { 'Content-Length': '11' } }),
    )
  })
  vi.stubGlobal('fetch', fetchStub)
  vi.stubGlobal('window', globalThis)
  // Where the loader holds clicks made before hydration (tests/unit/early-input.test.tsx).
  vi.stubGlobal('addEventListener', () => undefined)
  vi.stubGlobal('location', new URL(`${PAGE}${search}`))
  FakeWorker.started = []
  vi.stubGlobal('Worker', FakeWorker)
  vi.stubGlobal('document', {
    currentScript: {
      getAttribute: (name: string) =>
        withWorker && name === WORKER_SRC_ATTRIBUTE ? WORKER_SRC : null,
    },
    getElementById: () => null,
    addEventListener: () => undefined,
    documentElement: { setAttribute: () => undefined },
  })
  vi.useFakeTimers({ toFake: ['setTimeout'] })
  // The page's own inline script, run as the page runs it.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function(loadCodeScript) as () => void
  run()
  return requests
}

async function text(response: Response): Promise<string> {
  return new TextDecoder().decode(await response.arrayBuffer())
}

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  Reflect.deleteProperty(globalThis, EARLY_DOWNLOAD_KEY)
})

describe('a ?data= file asked for before the code', () => {
  it('is asked for once, and read whole and in order: bytes from before and after the take-over', async () => {
    const body = controllableBody()
    const requests = openPage('?data=mine.geojson', [body])
    expect(requests.map((r) => r.url)).toEqual(['mine.geojson'])
    body.send('{"type":')
    // Let the loader read what arrived before the app takes over.
    await new Promise((resolve) => setImmediate(resolve))
    const download = startDownload('mine.geojson')
    const reading = download.response.then(text)
    body.send('"F…"}')
    body.end()
    expect(await reading).toBe('{"type":"F…"}')
    expect(requests).toHaveLength(1)
    expect((await download.response).headers.get('Content-Length')).toBe('11')
  })

  it('waits for bytes still to come, and ends only when the file does', async () => {
    const body = controllableBody()
    openPage('?data=mine.geojson', [body])
    const response = await startDownload('mine.geojson').response
    const reader = response.body?.getReader()
    const first = reader?.read()
    body.send('[1,')
    expect(new TextDecoder().decode((await first)?.value)).toBe('[1,')
    const second = reader?.read()
    // Nothing more yet: the read waits rather than ending the file here.
    await new Promise((resolve) => setImmediate(resolve))
    body.send('2]')
    expect(new TextDecoder().decode((await second)?.value)).toBe('2]')
    const end = reader?.read()
    body.end()
    expect((await end)?.done).toBe(true)
  })

  it('keeps an answer without a body as one', async () => {
    openPage('?data=mine.geojson', [null])
    const response = await startDownload('mine.geojson').response
    expect(response.status).toBe(204)
    expect(response.body).toBeNull()
  })

  it('stops downloading when the reader of its body gives up', async () => {
    const requests = openPage('?data=mine.geojson', [])
    const response = await startDownload('mine.geojson').response
    await response.body?.cancel()
    expect(requests[0]?.signal?.aborted).toBe(true)
  })

  it('is ignored when what the page left is not a request', () => {
    for (const left of [null, { url: 7 }, 'mine.geojson']) {
      const requests = openPage('?lang=en', [])
      Reflect.set(globalThis, EARLY_DOWNLOAD_KEY, left)
      void startDownload('mine.geojson')
      expect(requests.map((r) => r.url)).toEqual(['mine.geojson'])
      vi.unstubAllGlobals()
    }
  })

  it('is taken over once: a retry asks the server again', async () => {
    const first = controllableBody()
    const requests = openPage('?data=mine.geojson', [first])
    first.fail(new TypeError('network'))
    await expect(startDownload('mine.geojson').response.then(text)).rejects.toThrow('network')
    void startDownload('mine.geojson')
    expect(requests.map((r) => r.url)).toEqual(['mine.geojson', 'mine.geojson'])
  })

  it('is not used for another address', () => {
    const requests = openPage('?data=mine.geojson', [])
    void startDownload('theirs.geojson')
    expect(requests.map((r) => r.url)).toEqual(['mine.geojson', 'theirs.geojson'])
  })

  it('stops downloading when the app gives up on it', () => {
    const requests = openPage('?data=mine.geojson', [])
    const cancel = new AbortController()
    void startDownload('mine.geojson', cancel.signal)
    cancel.abort()
    expect(requests[0]?.signal?.aborted).toBe(true)
  })

  it('is asked for only where the app could fetch it too', () => {
    // http: elsewhere is refused by the page's CSP (connect-src 'self' https:); blank is no file.
    for (const search of [
      '?data=http%3A%2F%2Fother.example%2Fa.geojson',
      '?data=%20',
      '?lang=zh',
    ]) {
      expect(openPage(search, [])).toEqual([])
      vi.unstubAllGlobals()
    }
    expect(openPage('?data=https%3A%2F%2Fother.example%2Fa.geojson', [])).toHaveLength(1)
  })

  it('starts the dataset worker once the file answers, sends it every chunk, and hands it over once', async () => {
    const body = controllableBody()
    openPage('?data=mine.geojson', [body])
    const download = startDownload('mine.geojson')
    const reading = download.response.then(text)
    body.send('{"type":')
    body.send('"F…"}')
    body.end()
    expect(await reading).toBe('{"type":"F…"}')
    const [worker] = FakeWorker.started
    expect(worker?.url).toBe(WORKER_SRC)
    expect(worker?.options).toEqual({ type: 'module' })
    expect(worker?.sent).toEqual(['bytes:{"type":', 'bytes:"F…"}'])
    // What the worker says before the app adopts it is kept for the app, in order.
    worker?.onmessage?.({ data: 'first' })
    worker?.onmessage?.({ data: 'second' })
    const early = download.takeWorker()
    expect(early?.worker).toBe(worker)
    expect(early?.heard).toEqual(['first', 'second'])
    expect(early?.failed).toBe(false)
    expect(download.takeWorker()).toBeNull()
    download.end()
    expect(worker?.terminated).toBe(false)
  })

  it('stops sending to a worker that could not start', async () => {
    const body = controllableBody()
    openPage('?data=mine.geojson', [body])
    const download = startDownload('mine.geojson')
    const reading = download.response.then(text)
    body.send('[1,')
    await new Promise((resolve) => setImmediate(resolve))
    const [worker] = FakeWorker.started
    let prevented = false
    worker?.onerror?.({ preventDefault: () => (prevented = true) })
    body.send('2]')
    body.end()
    expect(await reading).toBe('[1,2]')
    expect(prevented).toBe(true)
    expect(worker?.sent).toEqual(['bytes:[1,'])
    expect(download.takeWorker()?.failed).toBe(true)
  })

  it("starts no worker for a refused file, nor without the worker's address", async () => {
    openPage('?data=mine.geojson', [controllableBody()], 404)
    const refused = startDownload('mine.geojson')
    expect((await refused.response).status).toBe(404)
    expect(FakeWorker.started).toEqual([])
    expect(refused.takeWorker()).toBeNull()
    vi.unstubAllGlobals()
    openPage('?data=mine.geojson', [controllableBody()], 200, false)
    const unnamed = startDownload('mine.geojson')
    await unnamed.response
    expect(FakeWorker.started).toEqual([])
  })

  it('stops a worker the app never adopted when the download ends', async () => {
    openPage('?data=mine.geojson', [controllableBody()])
    const download = startDownload('mine.geojson')
    await download.response
    download.end()
    expect(FakeWorker.started.map((worker) => worker.terminated)).toEqual([true])
  })
})
