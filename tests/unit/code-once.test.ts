import { describe, expect, it, vi } from 'vitest'
import { codeOnce } from '../../src/ui/code-once'

// A part's code is asked for once and then read with use(); a download that failed is asked for
// again by the next reader rather than failing for good.
describe('a part asked for once', () => {
  it('is asked for once, and marked as arrived for use()', async () => {
    const load = vi.fn(() => Promise.resolve('code'))
    const part = codeOnce(load)
    const first = part()
    expect(part()).toBe(first)
    expect(await first).toBe('code')
    expect(first).toMatchObject({ status: 'fulfilled', value: 'code' })
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('is asked for again after a failed download', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce('code')
    const part = codeOnce(load)
    await expect(part()).rejects.toThrow('Failed to fetch')
    expect(await part()).toBe('code')
    expect(load).toHaveBeenCalledTimes(2)
  })
})
