import { useI18n } from '../i18n/i18n'
import type { Lang } from '../domain/lang'

/** Each option is written in its own language, so readers of either can find theirs. */
export function LanguageSwitch({ onChange }: { readonly onChange: (lang: Lang) => void }) {
  const { t, lang } = useI18n()
  return (
    <div className="tm-lang" role="group" aria-label={t('languageSwitch')}>
      <button
        type="button"
        lang="zh-CN"
        aria-pressed={lang === 'zh'}
        onClick={() => {
          onChange('zh')
        }}
      >
        中文
      </button>
      <button
        type="button"
        lang="en"
        aria-pressed={lang === 'en'}
        onClick={() => {
          onChange('en')
        }}
      >
        English
      </button>
    </div>
  )
}
