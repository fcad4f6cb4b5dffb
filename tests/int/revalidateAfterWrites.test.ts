// Tags a request's writes touch are revalidated once the request is done (its writes committed),
// and once more after renders under way at that moment have had time to finish.
import { beforeEach, describe, expect, it, jest } from '@jest/globals'

const calls: { tag: string; at: string }[] = []
let phase = 'before'
const scheduled: (() => Promise<void>)[] = []
jest.unstable_mockModule('next/cache', () => ({
  revalidateTag: (tag: string) => {
    calls.push({ tag, at: phase })
  },
  unstable_cache: (fn: () => unknown) => fn,
}))
jest.unstable_mockModule('next/server', () => ({
  after: (callback: () => Promise<void>) => {
    scheduled.push(callback)
  },
}))

const { revalidateAfterWrites, revalidateTags, SETTLE_PASSES_MS } = await import('@/utilities/revalidateTags')

beforeEach(() => {
  calls.length = 0
  scheduled.length = 0
  phase = 'before'
})

describe('revalidateAfterWrites', () => {
  it('holds the tags until the request is done, then revalidates them twice, the second time later', async () => {
    const result = await revalidateAfterWrites(async () => {
      phase = 'during'
      revalidateTags(['news-releases', 'news-releases:a'])
      revalidateTags(['news-releases'])
      phase = 'after'
      return 'response'
    })
    expect(result).toBe('response')
    expect(calls).toEqual([
      { tag: 'news-releases', at: 'after' },
      { tag: 'news-releases:a', at: 'after' },
    ])
    expect(scheduled).toHaveLength(1)
    jest.useFakeTimers()
    phase = 'later'
    const passes = scheduled[0]()
    for (const [i, at] of SETTLE_PASSES_MS.entries()) {
      await jest.advanceTimersByTimeAsync(at - (SETTLE_PASSES_MS[i - 1] ?? 0))
      expect(calls.filter((call) => call.at === 'later').map((call) => call.tag)).toEqual(
        Array.from({ length: i + 1 }, () => ['news-releases', 'news-releases:a']).flat(),
      )
    }
    await passes
    jest.useRealTimers()
  })

  it('a request that wrote nothing revalidates nothing', async () => {
    await revalidateAfterWrites(async () => 'read only')
    expect(calls).toEqual([])
    expect(scheduled).toEqual([])
  })

  it('outside a request, tags are revalidated at once', () => {
    phase = 'now'
    revalidateTags(['contacts', 'contacts'])
    expect(calls).toEqual([{ tag: 'contacts', at: 'now' }])
  })
})
