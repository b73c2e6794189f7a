import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { Enterprise } from '../../src/domain/enterprise'
import { ENTERPRISE_FIELDS } from '../../src/domain/enterprise-fields'
import { withDefaults } from '../../src/domain/field-table'
import { EnterpriseCard } from '../../src/ui/EnterpriseCard'

// Fields the tests do not set take their table default, so new fields need no edit here.
const lingyuan: Enterprise = {
  ...withDefaults(ENTERPRISE_FIELDS, {}),
  id: 'lingyuan-technology',
  name: 'Lingyuan Technology',
  nameZh: '凌远科技股份有限公司',
  nameInRelease: null,
  nameNote: null,
  industry: 'Machinery & equipment',
  products: 'Cutters for tunnel boring machines',
  topics: ['Production and operations', 'Production safety'],
  visitTopics: ['R&D and independent innovation'],
  visitNotes: null,
  visitSource: null,
  visitDate: '2024-03-06',
  precision: 'city',
  district: null,
  districtZh: null,
  locationNote: null,
  namedInRelease: false,
  evidence: 'other-report',
  sources: ['https://www.czta.org.cn/news/14559.html', 'javascript:alert(1)'],
  position: { lat: 43.8378, lng: 126.5494 },
}

function renderCard(overrides: Partial<Enterprise> = {}, onClose = vi.fn()) {
  render(
    <EnterpriseCard
      enterprise={{ ...lingyuan, ...overrides }}
      cityName="Jilin City"
      onClose={onClose}
      onPrevious={null}
      onNext={null}
      position={null}
    />,
  )
  return {
    card: screen.getByRole('article', { name: overrides.name ?? 'Lingyuan Technology' }),
    onClose,
  }
}

describe('EnterpriseCard', () => {
  it('shows the names, industry, date and location in plain words', () => {
    const { card } = renderCard()
    expect(
      within(card).getByRole('heading', { level: 2, name: 'Lingyuan Technology' }),
    ).toHaveFocus()
    expect(card).toHaveTextContent('凌远科技股份有限公司')
    expect(card).toHaveTextContent('Machinery & equipment')
    expect(card).toHaveTextContent('6 March 2024')
    expect(card).toHaveTextContent('Approximate: somewhere in Jilin City; district not known')
    expect(card).toHaveTextContent('Not named in the release; identified from another report')
  })

  it('keeps release topics and visit topics apart', () => {
    const { card } = renderCard()
    const release = within(card).getByRole('list', { name: 'Topics from the release' })
    expect(
      within(release)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Production and operations', 'Production safety'])
    const visit = within(card).getByRole('list', { name: 'Topics of this visit' })
    expect(within(visit).getByRole('listitem')).toHaveTextContent('R&D and independent innovation')
  })

  it('says when the date or Chinese name is unknown', () => {
    const { card } = renderCard({ visitDate: null, nameZh: null })
    expect(card).toHaveTextContent('Date not reported')
    expect(card).toHaveTextContent('Chinese name not confirmed')
  })

  it('links only http(s) sources, opening them safely', () => {
    const { card } = renderCard()
    const sources = within(card).getByRole('list', { name: 'Sources' })
    const links = within(sources).getAllByRole('link')
    expect(links).toHaveLength(1)
    expect(links[0]).toHaveAttribute('href', 'https://www.czta.org.cn/news/14559.html')
    expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer')
    expect(sources).toHaveTextContent('javascript:alert(1)')
  })

  it('shows HTML in data as text', () => {
    const { card } = renderCard({ name: '<img src=x onerror=alert(1)>' })
    expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent(
      '<img src=x onerror=alert(1)>',
    )
    expect(within(card).queryByRole('img')).toBeNull()
  })

  it('closes with the close button or Escape', async () => {
    const user = userEvent.setup()
    const { onClose } = renderCard()
    await user.click(screen.getByRole('button', { name: 'Close card' }))
    await user.keyboard('{Escape}')
    expect(onClose).toHaveBeenCalledTimes(2)
  })
})
