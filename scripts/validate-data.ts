/**
 * Checks a dataset file with the same validator the app uses and prints a report per feature.
 * Usage: npm run validate-data -- <file.geojson | file.umap | file.csv>. Exits 1 when the file is unusable, 2 on usage errors.
 */
import { readFileSync } from 'node:fs'
import { formatReport } from '../src/i18n/validation-report'
import { readDatasetText } from '../src/domain/read-dataset-text'

const file = process.argv[2]
if (file === undefined || file === '--help') {
  console.error('Usage: npm run validate-data -- <file.geojson | file.umap | file.csv>')
  process.exit(2)
}
let text: string
try {
  text = readFileSync(file, 'utf8')
} catch (error) {
  console.error(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(2)
}
const outcome = await readDatasetText(text)
console.log(formatReport(file, outcome))
process.exit(outcome.ok ? 0 : 1)
