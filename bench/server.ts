/** A small static server for the benchmark: gzip like a real host, no caching, loopback only. */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { createGzip } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

export function startServer(root: string, port: number): Promise<Server> {
  const mounts: [string, string][] = [
    ['/app/', resolve(root, 'dist')],
    ['/vanilla/', resolve(root, 'bench/vanilla')],
    ['/lib/leaflet/', resolve(root, 'node_modules/leaflet/dist')],
    ['/lib/markercluster/', resolve(root, 'node_modules/leaflet.markercluster/dist')],
    ['/data/', resolve(root, 'bench/data')],
  ]
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    const mount = mounts.find(([prefix]) => path.startsWith(prefix))
    if (mount === undefined) {
      response.writeHead(404).end()
      return
    }
    const [prefix, dir] = mount
    let file = normalize(join(dir, path.slice(prefix.length)))
    if (!file.startsWith(dir)) {
      response.writeHead(403).end()
      return
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) {
      response.writeHead(404).end()
      return
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream'
    const compress = !type.startsWith('image/png')
    response.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': 'no-store',
      ...(compress ? { 'Content-Encoding': 'gzip' } : {}),
    })
    const stream = createReadStream(file)
    if (compress) stream.pipe(createGzip({ level: 6 })).pipe(response)
    else stream.pipe(response)
  })
  return new Promise((done) =>
    server.listen(port, '127.0.0.1', () => {
      done(server)
    }),
  )
}
