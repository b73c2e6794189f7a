import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Enterprise } from '../../src/domain/enterprise'
import { I18nContext, makeI18n } from '../../src/i18n/i18n'
import { zh } from '../../src/i18n/messages-zh'
import { EnterpriseCard } from '../../src/ui/EnterpriseCard'
import { bundledEnterprises, bundledFeatures, makeEnterprise } from '../support/dataset-fixtures'

// The card's sentences word for word: the names in both languages, where a location comes from,
// and what the evidence says. Expected text comes from the dataset file and the English and
// Chinese messages, written out here.

function renderCard(enterprise: Enterprise, lang: 'en' | 'zh' = 'en') {
  const card = (
    <EnterpriseCard
      enterprise={enterprise}
      cityName={lang === 'zh' ? '吉林市' : 'Jilin City'}
      onClose={() => undefined}
      onPrevious={null}
      onNext={null}
      position={null}
    />
  )
  const { unmount } = render(
    lang === 'zh' ? (
      <I18nContext value={makeI18n('zh', { messages: zh })}>{card}</I18nContext>
    ) : (
      card
    ),
  )
  return { card: screen.getByRole('article'), unmount }
}

/** The value a card's fact list gives for a label ("Location", "Evidence", …), or null. */
function fact(card: HTMLElement, label: string): string | null {
  const term = within(card)
    .queryAllByRole('term')
    .find((dt) => dt.textContent === label)
  return term?.nextElementSibling?.textContent ?? null
}

function bundled(id: string): Enterprise {
  const enterprise = bundledEnterprises().find((e) => e.id === id)
  if (enterprise === undefined) throw new Error(`${id} is not in the bundled dataset`)
  return enterprise
}

describe('the names on the card', () => {
  it('in English, the Chinese name follows the heading, marked as Chinese', () => {
    const { card } = renderCard(bundled('jilin-haiwang'))
    expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent('Jilin Haiwang')
    expect(within(card).getByText('吉林海王健康生物科技有限公司')).toHaveAttribute('lang', 'zh-CN')
  })

  it('in English, a missing Chinese name is said so, in English', () => {
    const { card } = renderCard(bundled('jilin-yuanfang-machinery'))
    expect(within(card).getByText('Chinese name not confirmed')).not.toHaveAttribute('lang')
  })

  it('in Chinese, the Chinese name heads the card and the English name follows it', () => {
    const { card } = renderCard(bundled('jilin-haiwang'), 'zh')
    expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent(
      '吉林海王健康生物科技有限公司',
    )
    expect(within(card).getByText('Jilin Haiwang')).toHaveAttribute('lang', 'en')
  })

  it('in Chinese, a card without a Chinese name gives the English name once, as its heading', () => {
    const { card } = renderCard(bundled('jilin-yuanfang-machinery'), 'zh')
    expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Jilin Yuanfang Machinery',
    )
    expect(within(card).getAllByText(/Jilin Yuanfang Machinery/)).toHaveLength(1)
  })
})

describe('where a location comes from', () => {
  it('says a development zone is not a county, for exactly the enterprises in a zone', () => {
    for (const raw of bundledFeatures()) {
      const district = raw.properties.district
      const { card, unmount } = renderCard(bundled(raw.id))
      const location = fact(card, 'Location') ?? ''
      const inZone = typeof district === 'string' && /\bZone\b/.test(district)
      expect(location.includes('is a development zone, not a county'), raw.id).toBe(inZone)
      if (inZone) expect(location).toContain(`The ${district} is a development zone`)
      unmount()
    }
  })

  it('lists the coordinates’ sources after the location, separated by commas', () => {
    const { card } = renderCard(bundled('jilin-tianchi-molybdenum'))
    expect(fact(card, 'Location')).toMatch(
      /\S Coordinates from: wikimili\.com\/en\/Shulan, atozwiki\.com\/Shulan$/,
    )
  })

  it('gives a single source without a comma', () => {
    const { card } = renderCard(bundled('panshi-jianlong-steel'))
    expect(fact(card, 'Location')).toMatch(/\S Coordinates from: perceptiocs\.com\/Паньши$/)
  })
})

describe('what the evidence says', () => {
  it('links the other report that identified an enterprise the release did not name', () => {
    const { card } = renderCard(bundled('lingyuan-technology'))
    expect(fact(card, 'Evidence')).toBe(
      'Not named in the release; identified from another report: www.czta.org.cn/news/14559.html',
    )
    expect(
      within(card).getByText('Reported for this visit only', { exact: false }),
    ).toHaveTextContent(
      /^Reported for this visit only \(source: www\.czta\.org\.cn\/news\/14559\.html\):$/,
    )
  })

  it('links no report for an enterprise the release named, even when a visit source is given', () => {
    const { card } = renderCard(
      makeEnterprise({
        properties: {
          namedInRelease: true,
          visitSource: 'https://www.czta.org.cn/news/14559.html',
          visitTopics: ['Closer cooperation between government and enterprise'],
        },
      }),
    )
    expect(fact(card, 'Evidence')).toBe('Named in the release')
  })

  it('says only "Named in the release" when the file gives no name from the release', () => {
    const { card } = renderCard(makeEnterprise({ properties: { namedInRelease: true } }))
    expect(fact(card, 'Evidence')).toBe('Named in the release')
  })
})
