import { INDUSTRY_PALETTE, type IndustrySlot } from '../domain/industry-style'

/** The 28×40 pin, its tip at (14, 39): public/markers and the pictures drawn at build time. */
export const PIN_PATH =
  'M14 1C7 1 1.5 6.5 1.5 13.4 1.5 22.8 14 39 14 39s12.5-16.2 12.5-25.6C26.5 6.5 21 1 14 1z'

const GLYPHS: Record<string, (fill: string) => string> = {
  circle: (f) => `<circle cx="14" cy="13.5" r="5" fill="${f}"/>`,
  square: (f) => `<rect x="9.5" y="9" width="9" height="9" fill="${f}"/>`,
  triangle: (f) => `<path d="M14 8 19.5 18h-11z" fill="${f}"/>`,
  diamond: (f) => `<path d="M14 7.5 20 13.5 14 19.5 8 13.5z" fill="${f}"/>`,
  hexagon: (f) => `<path d="M11 8.5h6l3 5-3 5h-6l-3-5z" fill="${f}"/>`,
  star: (f) =>
    `<path d="M14 7.5l1.8 3.9 4.2.4-3.2 2.8.9 4.1-3.7-2.2-3.7 2.2.9-4.1-3.2-2.8 4.2-.4z" fill="${f}"/>`,
  plus: (f) => `<path d="M12 8h4v3.5h3.5v4H16V19h-4v-3.5H8.5v-4H12z" fill="${f}"/>`,
  bar: (f) => `<rect x="8.5" y="11.5" width="11" height="4" fill="${f}"/>`,
}

/**
 * One industry's pin as SVG markup in its 28×40 box: solid (located to a site, town or county)
 * or hollow and dashed (district unknown), with the industry's glyph, so that colour is never
 * the only difference.
 */
export function pinSvg(slot: IndustrySlot, approximate: boolean): string {
  const style = INDUSTRY_PALETTE[slot]
  if (style === undefined) throw new Error(`No industry slot ${String(slot)}`)
  const draw = GLYPHS[style.glyph]
  if (draw === undefined) throw new Error(`No glyph ${style.glyph}`)
  // Yellow is too faint as a line on white: its outline and glyph are darker.
  const line = style.colour === '#F0E442' ? '#8a7f00' : style.colour
  return approximate
    ? `<path d="${PIN_PATH}" fill="#ffffff" fill-opacity="0.85" stroke="${line}" stroke-width="2.5" stroke-dasharray="4 2.5"/>${draw(line)}`
    : `<path d="${PIN_PATH}" fill="${style.colour}" stroke="#1f2937" stroke-width="1.5"/>${draw(style.darkGlyph ? '#111827' : '#ffffff')}`
}
