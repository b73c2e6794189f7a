import { csvToCollection } from './other-formats'
import { failure, parseDataset, parseDatasetText, type ParseOutcome } from './parse-dataset'
import { problem } from './problem'

/** Text that is neither JSON nor an HTML page, with a separator on its first line. */
function looksLikeCsv(text: string): boolean {
  const start = text.trimStart()
  if (start === '' || '{["<'.includes(start.charAt(0))) return false
  const firstLine = start.slice(0, start.search(/\r?\n|$/))
  return /[,;\t|]/.test(firstLine)
}

/**
 * Every file a reader can bring — GeoJSON, a uMap export or a CSV with coordinate columns —
 * read the same way by the app and the CLI. CSV's reader (papaparse) loads only when needed.
 */
export async function readDatasetText(text: string): Promise<ParseOutcome> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (!looksLikeCsv(body)) return parseDatasetText(body)
  const { default: Papa } = await import('papaparse')
  // Semicolons, tabs and pipes too: spreadsheets in much of Europe write ";".
  const { data } = Papa.parse<string[]>(body, {
    skipEmptyLines: true,
    delimitersToGuess: [',', ';', '\t', '|'],
  })
  const collection = csvToCollection(data)
  return collection === null ? failure(problem('csvNoCoordinates')) : parseDataset(collection)
}
