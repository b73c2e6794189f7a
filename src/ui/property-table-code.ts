import { codeOnce } from './code-once'

/**
 * The code of another dataset's card table (the tour's card has none). Asked for as soon as such
 * a dataset is on screen (src/app/use-own-data.ts), so that the first card opened renders its
 * table with it: loaded at the card's first render, the table came 240–330 ms after its card.
 */
export const loadPropertyTable = codeOnce(() =>
  import('./PropertyTable').then((module) => ({ default: module.PropertyTable })),
)
