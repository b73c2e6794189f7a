const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Written YYYY-MM-DD, exactly: the published schema's pattern allows no spaces. */
export function isIsoDateShape(text: string): boolean {
  return ISO_DATE.test(text)
}

/**
 * A YYYY-MM-DD date that exists on the calendar. Checked by hand: Date.parse accepts
 * "2024-02-30" (and a card would then show "30 February").
 */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text)
  if (match === null) return false
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
}
