/** Writes public/data/enterprises.schema.json. Run: npm run build:schema (a test keeps it current). */
import { writeFileSync } from 'node:fs'
import { datasetJsonSchema } from './dataset-json-schema'

const OUTPUT = 'public/data/enterprises.schema.json'
writeFileSync(OUTPUT, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`)
console.log(`Wrote ${OUTPUT}`)
