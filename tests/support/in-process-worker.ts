import { vi } from 'vitest'

/**
 * A stand-in for the browser's Worker that runs a worker module (one using `self`) in the test's
 * own thread: Node has no module workers. Messages cross in both directions after a microtask,
 * in order, as a worker's would; what the worker posts is recorded in `fromWorker`.
 */
export class InProcessWorker extends EventTarget {
  static started: InProcessWorker[] = []
  readonly fromWorker: unknown[] = []
  private readonly inside = new EventTarget()
  private readonly ready: Promise<void>

  constructor(url: URL | string) {
    super()
    InProcessWorker.started.push(this)
    const scope = Object.assign(this.inside, {
      postMessage: (data: unknown) => {
        this.fromWorker.push(data)
        queueMicrotask(() => this.dispatchEvent(new MessageEvent('message', { data })))
      },
    })
    // A fresh copy of the module per worker, bound to this worker's `self`.
    vi.resetModules()
    vi.stubGlobal('self', scope)
    this.ready = import(/* @vite-ignore */ String(url)).then(() => undefined)
  }

  postMessage(data: unknown): void {
    void this.ready.then(() => {
      this.inside.dispatchEvent(new MessageEvent('message', { data }))
    })
  }

  terminate(): void {
    // Nothing runs on its own here.
  }
}
