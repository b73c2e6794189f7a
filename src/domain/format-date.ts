const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** "2024-03-06" → "6 March 2024"; computed by hand so the result never depends on the time zone. */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number)
  const monthName = month === undefined ? undefined : MONTHS[month - 1]
  if (year === undefined || day === undefined || monthName === undefined) return iso
  return `${String(day)} ${monthName} ${String(year)}`
}

/** "4–6 March 2024" for a span inside one month, else both dates in full. */
export function formatDateSpan(start: string, end: string): string {
  if (start === end) return formatIsoDate(start)
  if (start.slice(0, 7) === end.slice(0, 7)) {
    return `${String(Number(start.slice(8, 10)))}–${formatIsoDate(end)}`
  }
  return `${formatIsoDate(start)} – ${formatIsoDate(end)}`
}
