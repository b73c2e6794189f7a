/**
 * Writes public/markers/*.svg: one pin per industry slot, solid (located to a site, town or
 * county) and hollow-dashed (district unknown). Files, not data: URLs, so a strict img-src
 * policy covers them. The 28×40 pin sits in a transparent 44×48 box so that the touch target
 * is 44 px wide. Run: npm run build:markers
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { INDUSTRY_PALETTE } from '../src/domain/industry-style'

const OUT = 'public/markers'
const PIN =
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

const OPEN = `<svg xmlns="http://www.w3.org/2000/svg" width="44" height="48" viewBox="0 0 44 48"><g transform="translate(8 4)">`
const CLOSE = `</g></svg>\n`

mkdirSync(OUT, { recursive: true })
INDUSTRY_PALETTE.forEach(({ colour, glyph, darkGlyph }, slot) => {
  const draw = GLYPHS[glyph]
  if (!draw) throw new Error(`No glyph ${glyph}`)
  const solid =
    OPEN +
    `<path d="${PIN}" fill="${colour}" stroke="#1f2937" stroke-width="1.5"/>` +
    draw(darkGlyph ? '#111827' : '#ffffff') +
    CLOSE
  const approximate =
    OPEN +
    `<path d="${PIN}" fill="#ffffff" fill-opacity="0.85" stroke="${colour === '#F0E442' ? '#8a7f00' : colour}" stroke-width="2.5" stroke-dasharray="4 2.5"/>` +
    draw(colour === '#F0E442' ? '#8a7f00' : colour) +
    CLOSE
  writeFileSync(`${OUT}/industry-${String(slot)}-solid.svg`, solid)
  writeFileSync(`${OUT}/industry-${String(slot)}-approximate.svg`, approximate)
})
console.log(`Wrote ${String(INDUSTRY_PALETTE.length * 2)} marker files to ${OUT}`)
