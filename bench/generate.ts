/** Writes bench/data/enterprises-{1000,10000,50000}.geojson. Run: npx tsx bench/generate.ts */
import { mkdirSync, writeFileSync } from 'node:fs'
import { generateDataset } from './generate-dataset'

export const SIZES = [1000, 10000, 50000] as const

mkdirSync('bench/data', { recursive: true })
for (const size of SIZES) {
  const path = `bench/data/enterprises-${String(size)}.geojson`
  writeFileSync(path, JSON.stringify(generateDataset(size)))
  console.log(`wrote ${path}`)
}
