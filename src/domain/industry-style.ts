/**
 * Okabe–Ito colours, distinguishable with the common colour-vision deficiencies, each paired
 * with its own glyph so that colour is never the only cue. Slots repeat after eight industries.
 */
export const INDUSTRY_PALETTE = [
  { colour: '#0072B2', glyph: 'circle', darkGlyph: false },
  { colour: '#E69F00', glyph: 'square', darkGlyph: true },
  { colour: '#009E73', glyph: 'triangle', darkGlyph: false },
  { colour: '#CC79A7', glyph: 'diamond', darkGlyph: true },
  { colour: '#D55E00', glyph: 'hexagon', darkGlyph: false },
  { colour: '#56B4E9', glyph: 'star', darkGlyph: true },
  { colour: '#F0E442', glyph: 'plus', darkGlyph: true },
  { colour: '#000000', glyph: 'bar', darkGlyph: false },
] as const

export type IndustrySlot = number

/** Slot per industry, in the order given (alphabetical in the app), so a link always looks the same. */
export function assignIndustrySlots(
  industries: readonly string[],
): ReadonlyMap<string, IndustrySlot> {
  return new Map(industries.map((industry, i) => [industry, i % INDUSTRY_PALETTE.length]))
}
