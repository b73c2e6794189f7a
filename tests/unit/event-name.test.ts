import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { en } from '../../src/i18n/messages'
import { problemMessagesEn } from '../../src/i18n/problem-messages'
import { problemMessagesZh, zh } from '../../src/i18n/messages-zh'
import { readBundledDataset, repoRoot } from '../support/dataset-fixtures'

// One name for the event: "inspection tour" in English, 调研 in Chinese. The release's English
// says "research"; only a quotation of it may use that word.
const read = (path: string) => readFileSync(resolve(repoRoot, path), 'utf8')

describe('the name of the event', () => {
  it('is never "research tour" nor 考察 in the interface strings', () => {
    const english = JSON.stringify([en, problemMessagesEn])
    const chinese = JSON.stringify([zh, problemMessagesZh])
    expect(english).not.toMatch(/research (tour|theme)/i)
    expect(chinese).not.toContain('考察')
    expect(chinese).toContain('调研')
  })

  it('is "inspection tour" in the page title and the built-in tour title', () => {
    const { tour } = readBundledDataset() as { tour: { title: string; titleZh: string } }
    expect(tour.title).toMatch(/inspection tour/)
    expect(tour.titleZh).toContain('调研')
    expect(read('index.html')).toMatch(/<title>[^<]*inspection tour/)
  })
})
