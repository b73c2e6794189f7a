/**
 * Draws time to first marker, time to full count and the longest task during pan and zoom per
 * dataset size as an SVG bar chart.
 */
interface Report {
  date: string
  machine: string
  sizes: string[]
  results: Record<
    string,
    Record<
      string,
      {
        firstMarker: number | null
        fullCount: number | null
        panZoomMax?: number | null
      } | null
    >
  >
}

const COLOURS: Record<string, string> = { app: '#0072B2', plain: '#E69F00', cluster: '#009E73' }
const NAMES: Record<string, string> = {
  app: 'Tour Map',
  plain: 'Vanilla Leaflet',
  cluster: 'Vanilla + markercluster',
}

function escape(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  )
}

export function renderChart(report: Report): string {
  const sizes = report.sizes
  const metrics = [
    ['firstMarker', 'Time to first marker'],
    ['fullCount', 'Time to full count'],
    ['panZoomMax', 'Longest main-thread task while panning and zooming'],
  ] as const
  const width = 760
  const panelHeight = 220
  const height = 70 + metrics.length * (panelHeight + 40)
  const max = Math.max(
    1,
    ...sizes.flatMap((s) =>
      Object.values(report.results[s] ?? {}).flatMap((m) => [
        m?.firstMarker ?? 0,
        m?.fullCount ?? 0,
      ]),
    ),
  )
  // Log scale: the sizes differ by 5 000×, the times by about 100×.
  const scale = (v: number) => (Math.log10(Math.max(v, 10)) - 1) / (Math.log10(max) - 1 || 1)
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${String(width)}" height="${String(height)}" viewBox="0 0 ${String(width)} ${String(height)}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="20" y="24" font-size="15" font-weight="bold">Tour Map vs hand-written Leaflet (median, log scale; shorter is better)</text>`,
    `<text x="20" y="44" fill="#555">${escape(`${report.date} · ${report.machine}`)}</text>`,
  ]
  metrics.forEach(([key, title], panel) => {
    const top = 70 + panel * (panelHeight + 40)
    parts.push(`<text x="20" y="${String(top)}" font-weight="bold">${title}</text>`)
    const groupWidth = (width - 140) / sizes.length
    sizes.forEach((size, i) => {
      const x0 = 120 + i * groupWidth
      const label = size === 'real' ? 'real (9)' : Number(size).toLocaleString('en')
      parts.push(
        `<text x="${String(x0 + groupWidth / 2 - 20)}" y="${String(top + panelHeight + 16)}">${label}</text>`,
      )
      ;(['app', 'plain', 'cluster'] as const).forEach((target, j) => {
        const value = report.results[size]?.[target]?.[key] ?? null
        if (value === null && target === 'plain') return
        const barWidth = groupWidth / 4
        const x = x0 + j * barWidth
        if (value === null) {
          parts.push(
            `<text x="${String(x)}" y="${String(top + panelHeight - 4)}" fill="#999">n/a</text>`,
          )
          return
        }
        const h = Math.max(2, scale(value) * (panelHeight - 30))
        parts.push(
          `<rect x="${String(x)}" y="${String(top + panelHeight - h)}" width="${String(barWidth - 4)}" height="${String(h)}" fill="${COLOURS[target] ?? '#333'}"><title>${NAMES[target] ?? target}: ${value.toFixed(0)} ms</title></rect>`,
        )
        parts.push(
          `<text x="${String(x)}" y="${String(top + panelHeight - h - 4)}" font-size="10">${value >= 1000 ? `${(value / 1000).toFixed(1)}s` : value.toFixed(0)}</text>`,
        )
      })
    })
  })
  Object.entries(NAMES).forEach(([target, name], i) => {
    parts.push(
      `<rect x="${String(20 + i * 200)}" y="${String(height - 18)}" width="12" height="12" fill="${COLOURS[target] ?? '#333'}"/>`,
    )
    parts.push(`<text x="${String(38 + i * 200)}" y="${String(height - 8)}">${name}</text>`)
  })
  parts.push('</svg>\n')
  return parts.join('\n')
}
