import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadCodeScript } from '../../scripts/code-after-first-paint'
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

/** Opens the page at `search` with a server whose answers are `bodies`, in order (null: 204). */
function openPage(search: string, bodies: (Body | null)[]) {
  const requests: { url: string; signal: AbortSignal | undefined }[] = []
  const fetchStub = vi.fn((url: string, init?: RequestInit) => {
    requests.push({ url, signal: init?.signal ?? undefined })
    const body = bodies.length > 0 ? bodies.shift() : controllableBody()
    return Promise.resolve(
      body === null || body === undefined
        ? new Response(null, { status: 204 })
        : new Response(body.stream, { status: 200, headers: { 'Content-Length': '11' } }),
    )
  })
  vi.stubGlobal('fetch', fetchStub)
  vi.stubGlobal('window', globalThis)
  // Where the loader holds clicks made before hydration (tests/unit/early-input.test.tsx).
  vi.stubGlobal('addEventListener', () => undefined)
  vi.stubGlobal('location', new URL(`${PAGE}${search}`))
  vi.stubGlobal('document', {
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
})
