import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Enterprise } from '../../src/domain/enterprise'
import { EnterpriseCard } from '../../src/ui/EnterpriseCard'
import { bundledEnterprises, bundledFeatures, makeEnterprise } from '../support/dataset-fixtures'

// Built in beforeEach, not at import: npm run mutate then knows which tests cover the parser.
let lingyuan: Enterprise
beforeEach(() => {
  lingyuan = makeEnterprise({
    id: 'lingyuan-technology',
    coordinates: [126.5494, 43.8378],
    properties: {
      name: 'Lingyuan Technology',
      nameZh: '凌远科技股份有限公司',
      industry: 'Machinery & equipment',
      products: 'Cutters for tunnel boring machines',
      topics: ['Production and operations', 'Production safety'],
      visitTopics: ['R&D and independent innovation'],
      visitDate: '2024-03-06',
      precision: 'city',
      district: null,
      namedInRelease: false,
      evidence: 'other-report',
      sources: ['https://www.czta.org.cn/news/14559.html', 'javascript:alert(1)'],
    },
  })
})

function renderCard(enterprise: Enterprise, onClose = vi.fn()) {
  render(
    <EnterpriseCard
      enterprise={enterprise}
      cityName="Jilin City"
      onClose={onClose}
      onPrevious={null}
      onNext={null}
      position={null}
    />,
  )
  return { card: screen.getByRole('article', { name: enterprise.name }), onClose }
}

/** The value a card's fact list gives for a label ("Products", "Location", …), or null. */
function fact(card: HTMLElement, label: string): string | null {
  const term = within(card)
    .queryAllByRole('term')
    .find((dt) => dt.textContent === label)
  return term?.nextElementSibling?.textContent ?? null
}

describe('EnterpriseCard', () => {
  it('shows the names, industry, date and location in plain words', () => {
    const { card } = renderCard(lingyuan)
    expect(
      within(card).getByRole('heading', { level: 2, name: 'Lingyuan Technology' }),
    ).toHaveFocus()
    expect(card).toHaveTextContent('凌远科技股份有限公司')
    expect(fact(card, 'Industry')).toBe('Machinery & equipment')
    expect(fact(card, 'Products')).toBe('Cutters for tunnel boring machines')
    expect(fact(card, 'Visit date')).toBe('6 March 2024')
    expect(fact(card, 'Location')).toBe('Approximate: somewhere in Jilin City; district not known')
    expect(fact(card, 'Evidence')).toBe('Not named in the release; identified from another report')
  })

  it('leaves out the Products row when the dataset gives none', () => {
    const { card } = renderCard(makeEnterprise({ properties: { products: null } }))
    expect(fact(card, 'Products')).toBeNull()
    expect(fact(card, 'Industry')).toBe('Steel & metallurgy')
  })

  it('says under which name the release named it, when that differs', () => {
    const { card } = renderCard(
      makeEnterprise({ properties: { nameInRelease: 'Acme Iron Works', namedInRelease: true } }),
    )
    expect(fact(card, 'Evidence')).toBe('Named in the release as “Acme Iron Works”')
  })

  it('says only "Named in the release" when the release used the same name', () => {
    const { card } = renderCard(
      makeEnterprise({ properties: { nameInRelease: 'Acme Steel', namedInRelease: true } }),
    )
    expect(fact(card, 'Evidence')).toBe('Named in the release')
  })

  it('adds the location note after the location', () => {
    const { card } = renderCard(
      makeEnterprise({ properties: { locationNote: 'Point is the Panshi city seat.' } }),
    )
    expect(fact(card, 'Location')).toBe(
      'Approximate: somewhere in Panshi City Point is the Panshi city seat.',
    )
  })

  it('keeps release topics and visit topics apart', () => {
    const { card } = renderCard(lingyuan)
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
    const { card } = renderCard(makeEnterprise({ properties: { visitDate: null, nameZh: null } }))
    expect(fact(card, 'Visit date')).toBe('Date not reported')
    expect(card).toHaveTextContent('Chinese name not confirmed')
  })

  it('links only http(s) sources, opening them safely', () => {
    const { card } = renderCard(lingyuan)
    const sources = within(card).getByRole('list', { name: 'Sources' })
    const links = within(sources).getAllByRole('link')
    expect(links).toHaveLength(1)
    expect(links[0]).toHaveAttribute('href', 'https://www.czta.org.cn/news/14559.html')
    expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer')
    expect(sources).toHaveTextContent('javascript:alert(1)')
  })

  it('shows HTML in data as text', () => {
    const { card } = renderCard(
      makeEnterprise({ properties: { name: '<img src=x onerror=alert(1)>' } }),
    )
    expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent(
      '<img src=x onerror=alert(1)>',
    )
    expect(within(card).queryByRole('img')).toBeNull()
  })

  it('says when there are no topics, no sources, or no evidence stated', () => {
    const { card } = renderCard(
      makeEnterprise({ properties: { topics: [], sources: [], namedInRelease: null } }),
    )
    expect(card).toHaveTextContent('No topics reported.')
    expect(card).toHaveTextContent('No sources given.')
    expect(fact(card, 'Evidence')).toBe('Not stated by the dataset')
    expect(within(card).queryByRole('list', { name: 'Topics from the release' })).toBeNull()
    expect(within(card).queryByRole('list', { name: 'Topics of this visit' })).toBeNull()
  })

  it('shows the name note, the visit notes and the visit source when given', () => {
    const { card } = renderCard(
      makeEnterprise({
        properties: {
          namedInRelease: false,
          evidence: 'other-report',
          nameNote: 'Also written Acme Iron.',
          visitNotes: 'Saw the new furnace.',
          visitSource: 'https://example.org/visit',
          visitTopics: ['Production safety'],
        },
      }),
    )
    expect(card).toHaveTextContent('Also written Acme Iron.')
    expect(card).toHaveTextContent('Saw the new furnace.')
    const visitLinks = within(card)
      .getAllByRole('link')
      .filter((link) => link.getAttribute('href') === 'https://example.org/visit')
    // Once as the evidence, once beside the visit topics.
    expect(visitLinks).toHaveLength(2)
  })

  it('marks the Chinese name as Chinese for screen readers', () => {
    const { card } = renderCard(lingyuan)
    expect(within(card).getByText('凌远科技股份有限公司')).toHaveAttribute('lang', 'zh-CN')
  })

  it('steps to the previous and next enterprise, disabled at either end', async () => {
    const user = userEvent.setup()
    const onPrevious = vi.fn()
    render(
      <EnterpriseCard
        enterprise={lingyuan}
        cityName="Jilin City"
        onClose={vi.fn()}
        onPrevious={onPrevious}
        onNext={null}
        position={{ index: 1, count: 2 }}
      />,
    )
    const steps = screen.getByRole('navigation', { name: '2 of 2' })
    expect(within(steps).getByRole('button', { name: /Next/ })).toBeDisabled()
    await user.click(within(steps).getByRole('button', { name: /Previous/ }))
    expect(onPrevious).toHaveBeenCalledTimes(1)
  })

  it('has no step buttons when shown on its own', () => {
    renderCard(lingyuan)
    expect(screen.queryByRole('navigation')).toBeNull()
  })

  it('closes with the close button or Escape', async () => {
    const user = userEvent.setup()
    const { onClose } = renderCard(lingyuan)
    await user.click(screen.getByRole('button', { name: 'Close card' }))
    await user.keyboard('{Escape}')
    expect(onClose).toHaveBeenCalledTimes(2)
  })
})

// Every card of the bundled dataset, checked against the file itself: whatever it grows to.
describe.each(bundledFeatures().map((raw) => [raw.id, raw] as const))(
  'the card of %s',
  (id, raw) => {
    const p = raw.properties

    it('shows the products, the name in the release and the location note from the file', () => {
      const enterprise = bundledEnterprises().find((e) => e.id === id)
      if (enterprise === undefined) throw new Error(`${id} is not shown`)
      const { card } = renderCard(enterprise)
      expect(fact(card, 'Products')).toBe(typeof p.products === 'string' ? p.products : null)
      if (
        p.namedInRelease === true &&
        typeof p.nameInRelease === 'string' &&
        p.nameInRelease !== p.name
      ) {
        expect(fact(card, 'Evidence')).toBe(`Named in the release as “${p.nameInRelease}”`)
      }
      if (typeof p.locationNote === 'string') {
        expect(fact(card, 'Location')).toContain(p.locationNote)
      }
    })
  },
)
