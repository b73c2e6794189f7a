import { clip } from '../domain/clip'
import { featureCount } from '../i18n/count'
import { useI18n } from '../i18n/i18n'
import { ownDataWords } from '../i18n/own-data-words'
import type { FileFacts } from './FileSummary'

/** About someone else's file: what it calls itself and how much of it is shown; no tour facts. */
export function AboutFile({ file, count }: { readonly file: FileFacts; readonly count: number }) {
  const { t, lang } = useI18n()
  const words = ownDataWords(lang)
  const { title, name, description } = file.meta
  return (
    <>
      <h3>{t('aboutFile')}</h3>
      {title !== null && <p className="tm-about__file-title">{clip(title, 200).text}</p>}
      {name !== null && name !== title && <p>{clip(name, 200).text}</p>}
      {description !== null && <p>{clip(description, 2000).text}</p>}
      <p>{words.aboutFileName(clip(file.sourceName, 200).text)}</p>
      <p>{words.aboutFileCount(featureCount(t, count))}</p>
      <p>{words.aboutFileOwn}</p>
    </>
  )
}
