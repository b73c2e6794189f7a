// Fails when the first load (what index.html pulls in before any lazy chunk: scripts, module
// preloads and stylesheets) is over budget, gzip-compressed as a static host would serve it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

// Issue #9's budget: a bare React + Query + react-leaflet + Leaflet build is ~125 KB, so the app's
// own first-view code stays near 10 KB. Held by: Leaflet's ES module without its popups,
// tooltips and Canvas renderer and its stylesheet without their rules (scripts/trim-leaflet.ts),
// the entry's imports in one chunk, the English strings loaded beside the panel (the prerendered
// page already shows them). README "Pages and link previews", docs/performance.md.
const BUDGET_BYTES = 135 * 1024
const dist = process.argv[2] ?? 'dist'
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const assets = [
  ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="(?:stylesheet|modulepreload)"[^>]*href="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+href="([^"]+)"[^>]*rel="(?:stylesheet|modulepreload)"/g),
].map((match) => match[1])
const unique = [...new Set(assets)].filter((href) => /\.(js|css)$/.test(href))
if (unique.length === 0) {
  console.error('check-size: no scripts or stylesheets found in index.html')
  process.exit(1)
}
let total = 0
for (const href of unique) {
  const bytes = gzipSync(readFileSync(join(dist, href.replace(/^\.?\//, '')))).length
  total += bytes
  console.log(`${(bytes / 1024).toFixed(1).padStart(7)} KB  ${href}`)
}
const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER'
console.log(
  `${(total / 1024).toFixed(1).padStart(7)} KB  first load (gzip), ${verdict} the ${BUDGET_BYTES / 1024} KB budget`,
)
process.exit(total <= BUDGET_BYTES ? 0 : 1)
