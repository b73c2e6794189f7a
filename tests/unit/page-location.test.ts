import { describe, expect, it } from 'vitest'
import { pagePath, parsePagePath, rootPrefix } from '../../src/domain/page-path'
import { parseLocation, shareLocation, writeLocation } from '../../src/state/page-location'

describe('page paths', () => {
  it('names the map and each enterprise, in English and under zh/', () => {
    expect(parsePagePath('')).toEqual({ lang: null, id: null })
    expect(parsePagePath('zh/')).toEqual({ lang: 'zh', id: null })
    expect(parsePagePath('e/jilin-haiwang/')).toEqual({ lang: null, id: 'jilin-haiwang' })
    expect(parsePagePath('zh/e/jilin-haiwang/index.html')).toEqual({
      lang: 'zh',
      id: 'jilin-haiwang',
    })
    expect(parsePagePath('somewhere/else')).toEqual({ lang: null, id: null })
    expect(pagePath('zh', 'jilin-haiwang')).toBe('zh/e/jilin-haiwang/')
    expect(pagePath(null, null)).toBe('')
    expect(rootPrefix('zh/e/jilin-haiwang/')).toBe('../../../')
    expect(rootPrefix('')).toBe('')
  })
})

describe('addresses', () => {
  it('reads the page from the path and lets the query string win', () => {
    const view = parseLocation('zh/e/jilin-haiwang/?industry=Automotive')
    expect(view.lang).toBe('zh')
    expect(view.selectedId).toBe('jilin-haiwang')
    expect(view.industries).toEqual(['Automotive'])
    expect(parseLocation('e/jilin-haiwang/?id=lingyuan-technology&lang=en')).toMatchObject({
      selectedId: 'lingyuan-technology',
      lang: 'en',
    })
  })

  it('keeps an enterprise page while its card is open, and moves Chinese to zh/', () => {
    expect(writeLocation('e/jilin-haiwang/', { lang: 'zh' })).toBe('zh/e/jilin-haiwang/')
    expect(writeLocation('e/jilin-haiwang/', { selectedId: 'lingyuan-technology' })).toBe(
      '?id=lingyuan-technology',
    )
    expect(writeLocation('e/jilin-haiwang/', { selectedId: null })).toBe('')
    expect(writeLocation('zh/', { lang: 'en' })).toBe('?lang=en')
    expect(writeLocation('?lang=zh&q=steel', { industries: [] })).toBe('zh/?q=steel&industry=')
  })

  it('shares the open card as its own page, with the rest of the view', () => {
    const search = '?industry=Automotive&id=jiqi-longshan'
    expect(shareLocation(parseLocation(search), search)).toBe(
      'e/jiqi-longshan/?industry=Automotive',
    )
    expect(shareLocation(parseLocation('zh/'), '')).toBe('zh/')
  })
})
