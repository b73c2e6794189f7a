import type { LoadedDataset } from '../data'
import { NO_META } from '../domain/dataset-meta'
import type { FileFacts } from '../ui/FileSummary'

/** The loaded file's name and own describing members, for the header, panel and About. */
export function fileFactsOf(loaded: LoadedDataset): FileFacts {
  return { sourceName: loaded.sourceName, meta: loaded.dataset.meta ?? NO_META }
}
