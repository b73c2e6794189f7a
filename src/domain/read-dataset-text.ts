import {
  failure,
  parseDataset,
  parseDatasetText,
  type OnChecked,
  type ParseOutcome,
} from './parse-dataset'
import { problem } from './problem'

/** uMap's export names its type near the top; checked before the whole file is parsed twice. */
const UMAP = /"type"\s*:\s*"umap"/

/** Text that is neither JSON nor an HTML page, with a separator on its first line. */
function looksLikeCsv(text: string): boolean {
  const start = text.trimStart()
  if (start === '' || '{["<'.includes(start.charAt(0))) return false
  const firstLine = start.slice(0, start.search(/\r?\n|$/))
  return /[,;\t|]/.test(firstLine)
}

/**
 * Whether a file starting with `start` (its first 4 KB, or all of it if shorter) can be checked
 * feature by feature while it downloads (feature-stream.ts): JSON that is not a uMap export.
 */
export function mayStream(start: string): boolean {
  const body = start.startsWith('\uFEFF') ? start.slice(1) : start
  return body.trimStart().startsWith('{') && !UMAP.test(body.slice(0, 4096))
}

/**
 * Every file a reader can bring — GeoJSON, a uMap export or a CSV with coordinate columns —
 * read the same way by the app and the CLI. CSV's reader (papaparse) loads only when needed.
 */
/** `onChecked` reports progress while features are validated (the dataset worker forwards it). */
export async function readDatasetText(text: string, onChecked?: OnChecked): Promise<ParseOutcome> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (UMAP.test(body.slice(0, 4096))) {
    const outcome = parseDatasetText(body, onChecked)
    if (outcome.ok || outcome.error.code !== 'unknownType') {
      return outcome
    }
    const { isUmap, umapToCollection } = await import('./other-formats')
    const json: unknown = JSON.parse(body)
    return isUmap(json) ? parseDataset(umapToCollection(json), onChecked) : outcome
  }
  if (!looksLikeCsv(body)) return parseDatasetText(body, onChecked)
  const [{ default: Papa }, { csvToCollection }] = await Promise.all([
    import('papaparse'),
    import('./other-formats'),
  ])
  // Semicolons, tabs and pipes too: spreadsheets in much of Europe write ";".
  const { data } = Papa.parse<string[]>(body, {
    skipEmptyLines: true,
    delimitersToGuess: [',', ';', '\t', '|'],
  })
  const collection = csvToCollection(data)
  return collection === null
    ? failure(problem('csvNoCoordinates'))
    : parseDataset(collection, onChecked)
}
