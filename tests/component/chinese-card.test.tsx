import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { parseDataset } from '../../src/domain/parse-dataset'
import { I18nContext, makeI18n } from '../../src/i18n/i18n'
import { zh } from '../../src/i18n/messages-zh'
import { EnterpriseCard } from '../../src/ui/EnterpriseCard'
import { readBundledDataset } from '../support/dataset-fixtures'

const outcome = parseDataset(readBundledDataset())
if (!outcome.ok) throw new Error('the built-in dataset does not load')
const chinese = makeI18n('zh', { messages: zh })

function renderInChinese(id: string) {
  const enterprise = outcome.ok ? outcome.dataset.enterprises.find((e) => e.id === id) : undefined
  if (enterprise === undefined) throw new Error(id)
  render(
    <I18nContext value={chinese}>
      <EnterpriseCard
        enterprise={enterprise}
        cityName="吉林市"
        onClose={() => undefined}
        onPrevious={null}
        onNext={null}
        position={null}
      />
    </I18nContext>,
  )
  return { enterprise, card: screen.getByRole('article') }
}

describe('the Chinese card of each built-in enterprise', () => {
  it.each(outcome.dataset.enterprises.map((e) => [e.id] as const))(
    '%s shows English only for the name',
    (id) => {
      const { enterprise, card } = renderInChinese(id)
      // Screen readers take the language from lang attributes, so they are what is checked.
      // eslint-disable-next-line testing-library/no-node-access
      const english = [...card.querySelectorAll('[lang="en"]')].map((node) => node.textContent)
      expect(
        english.every((text) => text === enterprise.name),
        english.join(' / '),
      ).toBe(true)
      // "(原文)" marks untranslated text: only a name without a Chinese form may carry it.
      const originals = card.textContent.split('原文').length - 1
      expect(originals).toBe(enterprise.nameZh === null ? 1 : 0)
    },
  )

  it('says that the Chinese notes are the editors’ translation', () => {
    const { card } = renderInChinese('jilin-tianchi-molybdenum')
    expect(card).toHaveTextContent('本卡片的中文说明由本项目编者据英文资料翻译')
    expect(card).toHaveTextContent('小城季德钼矿出产的钼精矿')
    expect(card).toHaveTextContent(/坐标来源：\s*wikimili.com\/en\/Shulan/)
  })
})
