import { describe, expect, it, vi } from 'vitest'
import { codeOnce, forgetFailedParts } from '../../src/ui/code-once'

// A part's code is asked for once and then read with use(). A failed download stays failed until
// a Retry forgets it: asked again at every render, a refused chunk was requested thousands of times.
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

  it('stays failed after a failed download until a Retry forgets it, then is asked for again', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce('code')
    const part = codeOnce(load)
    await expect(part()).rejects.toThrow('Failed to fetch')
    await expect(part()).rejects.toThrow('Failed to fetch')
    expect(load).toHaveBeenCalledTimes(1)
    forgetFailedParts()
    expect(await part()).toBe('code')
    expect(load).toHaveBeenCalledTimes(2)
  })
})
