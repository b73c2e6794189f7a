import { fileHeading, type DatasetMeta } from '../domain/dataset-meta'
import { clip } from '../domain/clip'
import { featureCount } from '../i18n/count'
import { useI18n } from '../i18n/i18n'

/** What the page knows of a file that is not the tour's: its name and how many features it has. */
export interface FileFacts {
  readonly sourceName: string
  readonly meta: DatasetMeta
}

interface FileSummaryProps {
  readonly file: FileFacts
  readonly count: number
  /** The header keeps to the first line; the panel adds the file's description. */
  readonly compact?: boolean
}

/** The header and panel lines for someone else's file: its own title, name, count, description. */
export function FileSummary({ file, count, compact = false }: FileSummaryProps) {
  const { t } = useI18n()
  const heading = fileHeading(file.meta, null)
  const description = file.meta.description
  return (
    <div className="tm-tour">
      {heading !== null && <p className="tm-tour__title">{clip(heading, 200).text}</p>}
      <p className="tm-coverage">
        {t('fileCount', { name: clip(file.sourceName, 120).text, count: featureCount(t, count) })}
      </p>
      {!compact && description !== null && (
        <p className="tm-tour__line">{clip(description, 1000).text}</p>
      )}
    </div>
  )
}
