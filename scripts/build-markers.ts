/**
 * Writes public/markers/*.svg: one pin per industry slot, solid (located to a site, town or
 * county) and hollow-dashed (district unknown), drawn by src/prerender/pin-svg.ts. Files, not
 * data: URLs, so a strict img-src policy covers them. The 28×40 pin sits in a transparent 44×48
 * box so that the touch target is 44 px wide. Run: npm run build:markers
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { INDUSTRY_PALETTE } from '../src/domain/industry-style'
import { pinSvg } from '../src/prerender/pin-svg'

const OUT = 'public/markers'
const OPEN = `<svg xmlns="http://www.w3.org/2000/svg" width="44" height="48" viewBox="0 0 44 48"><g transform="translate(8 4)">`
const CLOSE = `</g></svg>\n`

mkdirSync(OUT, { recursive: true })
INDUSTRY_PALETTE.forEach((_style, slot) => {
  writeFileSync(`${OUT}/industry-${String(slot)}-solid.svg`, OPEN + pinSvg(slot, false) + CLOSE)
  writeFileSync(
    `${OUT}/industry-${String(slot)}-approximate.svg`,
    OPEN + pinSvg(slot, true) + CLOSE,
  )
})
console.log(`Wrote ${String(INDUSTRY_PALETTE.length * 2)} marker files to ${OUT}`)
