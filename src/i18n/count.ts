import type { Translate } from './i18n'

/** "1 feature" / "2 features"; Chinese counts with 个 in both forms. */
export function featureCount(t: Translate, count: number): string {
  return count === 1 ? t('featureCountOne') : t('featureCountMany', { count })
}
