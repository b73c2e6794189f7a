import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A pass-through in front of the preview server that counts the requests for each path, so a
 * test can see from the server's side what a browser downloaded, service worker included.
 */
export interface RequestLog {
  readonly url: string
  /** Requests per path (with query), in order of first request. */
  counts(): Map<string, number>
  reset(): void
  close(): Promise<void>
}

export async function startRequestLog(target: URL): Promise<RequestLog> {
  let counts = new Map<string, number>()
  const server: Server = createServer((incoming, outgoing) => {
    const path = incoming.url ?? '/'
    counts.set(path, (counts.get(path) ?? 0) + 1)
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        path,
        method: incoming.method,
        headers: { ...incoming.headers, host: target.host },
      },
      (response) => {
        outgoing.writeHead(response.statusCode ?? 502, response.headers)
        response.pipe(outgoing)
      },
    )
    upstream.on('error', () => outgoing.destroy())
    incoming.pipe(upstream)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${String(port)}/`,
    counts: () => new Map(counts),
    reset() {
      counts = new Map()
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => {
          resolve()
        })
      }),
  }
}
