import { AxeBuilder } from '@axe-core/playwright'
import { dataset, expect, test, waitForData, type DatasetFeature } from './fixtures'

// The built-in build sets no VITE_CORRECTIONS_URL, as a clean clone does: the reader copies the
// report. The pre-filled tracker and mail links are covered by the unit and component tests.

const feature = (id: string): DatasetFeature & { properties: { products: string } } => {
  const found = dataset.features.find((f) => f.id === id)
  if (found === undefined) throw new Error(id)
  return found as DatasetFeature & { properties: { products: string } }
}

// The form is a lazy chunk; under load it may take a few seconds to arrive.
const LAZY = { timeout: 15_000 }

test.describe('Suggest a correction', () => {
  test('in English: validates, prepares and copies a report, keeps the draft, Escape closes', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('./?id=jilin-haiwang&lang=en')
    await waitForData(page)
    const card = page.getByRole('article', { name: 'Jilin Haiwang' })
    const open = card.getByRole('button', { name: 'Suggest a correction' })
    await open.click()
    const form = page.getByRole('dialog', { name: 'Suggest a correction' })
    await expect(form).toBeVisible(LAZY)
    await form.getByRole('combobox', { name: 'What is wrong' }).selectOption({ label: 'Products' })
    await expect(form).toContainText(feature('jilin-haiwang').properties.products.slice(0, 60))

    const fact = form.getByRole('textbox', { name: 'The correct fact' })
    const source = form.getByRole('textbox', { name: 'Public source (web address)' })
    await form.getByRole('button', { name: 'Prepare report' }).click()
    await expect(fact).toBeFocused()
    await expect(fact).toHaveAccessibleDescription(/Write the correct fact\./)
    await page.keyboard.type('Also makes protein powder')
    await source.fill('www.example.org/haiwang')
    await form.getByRole('button', { name: 'Prepare report' }).click()
    await expect(source).toBeFocused()
    await expect(source).toHaveAccessibleDescription(/must be a web address starting with http/)
    await source.fill('https://www.example.org/haiwang')
    await form.getByRole('button', { name: 'Prepare report' }).click()

    const report = form.getByRole('textbox', { name: 'Your report' })
    await expect(form.getByRole('heading', { name: 'Your report' })).toBeFocused()
    const body = await report.inputValue()
    for (const part of [
      'Enterprise: jilin-haiwang (Jilin Haiwang)',
      'What is wrong: Products [products]',
      'Also makes protein powder',
      'Source: https://www.example.org/haiwang',
      'Dataset version (last checked): 2026-12-07',
    ]) {
      expect(body).toContain(part)
    }
    expect(body).toMatch(/Page: http:\/\/\S+[?&]id=jilin-haiwang/)
    await expect(form.getByRole('link', { name: /pre-filled/ })).toHaveCount(0)
    await form.getByRole('button', { name: 'Copy report' }).click()
    await expect(form.getByText('Report copied.')).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body)
    await expect(page.getByRole('dialog')).toHaveCount(1)
    const results = await new AxeBuilder({ page }).include('dialog').analyze()
    expect(results.violations.map((v) => v.id)).toEqual([])

    // A reload keeps the half-written report; Escape closes the form, not the card.
    await page.reload()
    await waitForData(page)
    await card.getByRole('button', { name: 'Suggest a correction' }).click()
    await expect(form).toBeVisible(LAZY)
    await expect(form.getByText('Your unfinished report was restored.')).toBeVisible()
    await expect(fact).toHaveValue('Also makes protein powder')
    await expect(source).toHaveValue('https://www.example.org/haiwang')
    await page.keyboard.press('Escape')
    await expect(form).toBeHidden()
    await expect(card).toBeVisible()
    await expect(card.getByRole('button', { name: 'Suggest a correction' })).toBeFocused()
  })

  test('in Chinese: the same form, and a report to copy by hand when the clipboard is refused', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('refused')) },
      })
    })
    await page.goto('./?id=lingyuan-technology&lang=zh')
    await expect(page.getByRole('status')).toHaveText(/^显示 \d+ 家，共 \d+ 家企业$/)
    const card = page.getByRole('article', { name: '凌远科技股份有限公司' })
    await card.getByRole('button', { name: '建议更正' }).click()
    const form = page.getByRole('dialog', { name: '建议更正' })
    await expect(form).toBeVisible(LAZY)
    await form.getByRole('combobox', { name: '哪里有误' }).selectOption({ label: '调研日期' })
    await expect(form).toContainText('visitDate: 2024-03-06')
    await form.getByRole('button', { name: '生成报告' }).click()
    const fact = form.getByRole('textbox', { name: '正确的事实' })
    await expect(fact).toBeFocused()
    await expect(fact).toHaveAccessibleDescription(/请填写正确的事实。/)
    await fact.fill('调研日期应为 2024-03-05')
    await form.getByRole('textbox', { name: '公开来源（网址）' }).fill('https://www.example.org/a')
    await form.getByRole('button', { name: '生成报告' }).click()
    const report = form.getByRole('textbox', { name: '您的报告' })
    // The report names the enterprise by id and dataset name, whatever the reader's language.
    await expect(report).toHaveValue(/企业: lingyuan-technology \(Lingyuan Technology\)/)
    await expect(report).toHaveValue(/数据版本（最近核对日期）: 2026-12-07/)
    await form.getByRole('button', { name: '复制报告' }).click()
    await expect(form.getByText(/无法自动复制/)).toBeVisible()
    await expect(report).toBeFocused()
    const selected = await report.evaluate(
      (element: HTMLTextAreaElement) => element.selectionEnd - element.selectionStart,
    )
    expect(selected).toBe((await report.inputValue()).length)
    await form.getByRole('button', { name: '关闭“建议更正”' }).click()
    await expect(form).toBeHidden()
  })

  test('About offers the form for the dataset as a whole; Escape closes only the form', async ({
    page,
  }) => {
    await page.goto('./?lang=en')
    await waitForData(page)
    await page.getByRole('banner').getByRole('button', { name: 'About this data' }).click()
    const about = page.getByRole('dialog', { name: 'About this data' })
    await expect(about).toBeVisible(LAZY)
    await about.getByRole('button', { name: 'Suggest a correction' }).click()
    const form = page.getByRole('dialog', { name: 'Suggest a correction' })
    await expect(form).toBeVisible(LAZY)
    await expect(form).toContainText('About the dataset as a whole')
    await expect(form.getByRole('combobox', { name: 'What is wrong' })).toHaveValue(
      'missingEnterprise',
    )
    await page.keyboard.press('Escape')
    await expect(form).toBeHidden()
    await expect(about).toBeVisible()
    await expect(about.getByRole('button', { name: 'Suggest a correction' })).toBeFocused()
  })

  // Both dialogs' code is asked for when the reader points at their button: by the click it has
  // arrived, and the dialog opens with the click's own render, not some 300 ms later.
  for (const [what, button, dialog] of [
    ['the form', 'Suggest a correction', 'Suggest a correction'],
    ['About', 'About this data', 'About this data'],
  ] as const) {
    test(`${what} opens with the click once the reader has pointed at its button`, async ({
      page,
    }) => {
      await page.goto('./?id=jilin-haiwang&lang=en')
      await waitForData(page)
      const scope =
        what === 'About'
          ? page.getByRole('banner')
          : page.getByRole('article', { name: 'Jilin Haiwang' })
      const open = scope.getByRole('button', { name: button })
      await open.hover()
      const chunk = what === 'About' ? 'AboutDialog' : 'CorrectionDialog'
      await expect
        .poll(() =>
          page.evaluate(
            (name) =>
              performance.getEntriesByType('resource').some((entry) => entry.name.includes(name)),
            `/${chunk}-`,
          ),
        )
        .toBe(true)
      // A click, and only the task that handles it: the dialog is there after it, or it waited.
      const shownAtOnce = await open.evaluate(async (element) => {
        ;(element as HTMLButtonElement).click()
        await new Promise((resolve) => setTimeout(resolve, 0))
        // No dialog was open before the click.
        return document.querySelector('dialog[open]') !== null
      })
      expect(shownAtOnce).toBe(true)
      await expect(page.getByRole('dialog', { name: dialog })).toBeVisible()
    })
  }
})
