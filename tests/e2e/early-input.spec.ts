import {
  countWhere,
  expect,
  holdCode,
  shownOf,
  shownOfZh,
  test,
  total,
  waitForLiveMap,
} from './fixtures'

// The prerendered page is on screen, with its buttons, boxes and search field, before its code has
// arrived and hydrated it: hundreds of milliseconds here, seconds on a slow phone. What a reader
// does meanwhile must not be lost, nor undone by hydration (src/early-input.ts).

const isAutomotive = (p: { industry: string }) => p.industry === 'Automotive'

test.describe('before the page has hydrated', () => {
  test('a box unticked, an entry clicked and a search typed all reach the app once it runs', async ({
    page,
  }) => {
    const release = await holdCode(page)
    await page.goto('./', { waitUntil: 'domcontentloaded' })
    await expect(page.getByRole('status')).toHaveText(shownOf(total))
    const automotive = page.getByRole('checkbox', { name: /^Automotive/ })
    await automotive.click()
    // Held, not ticked off by the browser alone: the box shows what the page will do.
    await expect(automotive).toBeChecked()
    await page.getByRole('button', { name: /^Jilin Connell/ }).click()
    await page.getByRole('searchbox', { name: 'Search' }).fill('chem')
    release()
    await waitForLiveMap(page)
    await expect(automotive).not.toBeChecked()
    await expect(page.getByRole('article', { name: /^Jilin Connell/ })).toBeVisible()
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('chem')
    const chem = countWhere(
      (p) =>
        !isAutomotive(p) &&
        [p.name, p.industry, p.district ?? '', ...p.topics, ...(p.visitTopics ?? [])]
          .join('\n')
          .toLowerCase()
          .includes('chem'),
    )
    await expect(page.getByRole('status')).toHaveText(shownOf(chem))
    await expect(page).toHaveURL(/[?&]q=chem/)
    await expect(page).toHaveURL(/[?&]id=jilin-connell-chemical/)
  })

  test('the language switch clicked before the code arrives switches once it has', async ({
    page,
  }) => {
    const release = await holdCode(page)
    await page.goto('./', { waitUntil: 'domcontentloaded' })
    await page.getByRole('button', { name: '中文' }).click()
    release()
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    await expect(page.getByRole('status')).toHaveText(shownOfZh(total))
  })

  test('a box clicked twice ends as it began, and the app hears both clicks', async ({ page }) => {
    const release = await holdCode(page)
    await page.goto('./', { waitUntil: 'domcontentloaded' })
    const automotive = page.getByRole('checkbox', { name: /^Automotive/ })
    await automotive.click()
    await automotive.click()
    await page.getByRole('checkbox', { name: /^Pharmaceuticals/ }).click()
    release()
    await waitForLiveMap(page)
    await expect(automotive).toBeChecked()
    await expect(page.getByRole('status')).toHaveText(
      shownOf(countWhere((p) => p.industry !== 'Pharmaceuticals & health')),
    )
  })
})
