/** The benchmark's Markdown table, as printed and as pasted into the README. */
import type { Metrics, Target } from './run'

const ms = (v: number | null | undefined) => (v == null ? '—' : `${v.toFixed(0)} ms`)
const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  a == null || b == null || b === 0 ? '—' : `${(a / b).toFixed(2)}×`

export function table(report: {
  date: string
  machine: string
  runs: number
  sizes: string[]
  results: Record<string, Record<Target, Metrics | null>>
}): string {
  const lines = [
    `Benchmark ${report.date}, ${report.machine}, median of ${String(report.runs)} alternating runs`,
    '',
    '| Dataset | Metric | App | Vanilla plain | Vanilla + markercluster | App / plain | App / cluster |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ]
  for (const size of report.sizes) {
    const r = report.results[size]
    if (r === undefined) continue
    const label = size === 'real' ? 'real (9)' : Number(size).toLocaleString('en')
    lines.push(
      `| ${label} | first paint | ${ms(r.app?.firstPaint)} | ${ms(r.plain?.firstPaint)} | ${ms(r.cluster?.firstPaint)} | ${ratio(r.app?.firstPaint, r.plain?.firstPaint)} | ${ratio(r.app?.firstPaint, r.cluster?.firstPaint)} |`,
    )
    lines.push(
      `| ${label} | first marker | ${ms(r.app?.firstMarker)} | ${ms(r.plain?.firstMarker)} | ${ms(r.cluster?.firstMarker)} | ${ratio(r.app?.firstMarker, r.plain?.firstMarker)} | ${ratio(r.app?.firstMarker, r.cluster?.firstMarker)} |`,
    )
    lines.push(
      `| ${label} | full count | ${ms(r.app?.fullCount)} | ${ms(r.plain?.fullCount)} | ${ms(r.cluster?.fullCount)} | ${ratio(r.app?.fullCount, r.plain?.fullCount)} | ${ratio(r.app?.fullCount, r.cluster?.fullCount)} |`,
    )
    lines.push(`| ${label} | filter → count | ${ms(r.app?.filter)} | | | | |`)
    lines.push(`| ${label} | click → card | ${ms(r.app?.card)} | | | | |`)
    lines.push(
      `| ${label} | longest task during load | ${ms(r.app?.loadTaskMax)} | ${ms(r.plain?.loadTaskMax)} | ${ms(r.cluster?.loadTaskMax)} | | |`,
    )
    lines.push(
      `| ${label} | long tasks after first marker: sum / max | ${ms(r.app?.longTaskSum)} / ${ms(r.app?.longTaskMax)} | ${ms(r.plain?.longTaskSum)} / ${ms(r.plain?.longTaskMax)} | ${ms(r.cluster?.longTaskSum)} / ${ms(r.cluster?.longTaskMax)} | | |`,
    )
    lines.push(
      `| ${label} | longest task in pan and zoom | ${ms(r.app?.panZoomMax)} | ${ms(r.plain?.panZoomMax)} | ${ms(r.cluster?.panZoomMax)} | | ${ratio(r.app?.panZoomMax, r.cluster?.panZoomMax)} |`,
    )
    lines.push(
      `| ${label} | JS heap | ${r.app?.heapMB.toFixed(1) ?? '—'} MB | ${r.plain?.heapMB.toFixed(1) ?? '—'} MB | ${r.cluster?.heapMB.toFixed(1) ?? '—'} MB | | |`,
    )
    lines.push(
      `| ${label} | transferred JS / CSS / data | ${kb(r.app)} | ${kb(r.plain)} | ${kb(r.cluster)} | | |`,
    )
  }
  return lines.join('\n')
}

function kb(m: Metrics | null | undefined): string {
  return m == null
    ? '—'
    : `${m.jsKB.toFixed(0)} / ${m.cssKB.toFixed(0)} / ${m.dataKB.toFixed(0)} KB`
}
