// Tags a request's writes touch are revalidated once the request is done (its writes committed),
// and again later, through requests to the server's own /next/revalidate, after renders under way
// at that moment have had time to finish.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'

const calls: { tag: string; at: string }[] = []
let phase = 'before'
jest.unstable_mockModule('next/cache', () => ({
  revalidateTag: (tag: string) => {
    calls.push({ tag, at: phase })
  },
  unstable_cache: (fn: () => unknown) => fn,
}))

// As `next start` records it; the fetch below is a stand-in, so nothing listens there.
const SERVER_ORIGIN = 'http://localhost:59999'
process.env.__NEXT_PRIVATE_ORIGIN = SERVER_ORIGIN
const { revalidateAfterWrites, revalidateTags, SETTLE_PASSES_MS, REVALIDATE_PATH } =
  await import('@/revalidation/revalidateTags')
const { cronSecret } = await import('@/lib/secrets')
const { POST } = await import('@/app/(frontend)/next/revalidate/route')

const requests: { url: string; authorization: string | null; tags: string[] }[] = []
const realFetch = globalThis.fetch

beforeEach(() => {
  calls.length = 0
  requests.length = 0
  phase = 'before'
  globalThis.fetch = (async (url: string, init: RequestInit) => {
    requests.push({
      url: String(url),
      authorization: new Headers(init.headers).get('authorization'),
      tags: JSON.parse(String(init.body)).tags,
    })
    return new Response('{}', { status: 200 })
  }) as typeof fetch
})
afterEach(() => {
  globalThis.fetch = realFetch
  jest.useRealTimers()
})

describe('revalidateAfterWrites', () => {
  it('holds the tags until the request is done, then revalidates them, and asks for two later passes', async () => {
    jest.useFakeTimers()
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
    expect(requests).toEqual([])
    for (const [i, at] of SETTLE_PASSES_MS.entries()) {
      await jest.advanceTimersByTimeAsync(at - (SETTLE_PASSES_MS[i - 1] ?? 0))
      expect(requests).toHaveLength(i + 1)
      expect(requests[i]).toEqual({
        url: `${SERVER_ORIGIN}${REVALIDATE_PATH}`,
        authorization: `Bearer ${cronSecret()}`,
        tags: ['news-releases', 'news-releases:a'],
      })
    }
  })

  it('a request that wrote nothing revalidates nothing', async () => {
    jest.useFakeTimers()
    await revalidateAfterWrites(async () => 'read only')
    await jest.advanceTimersByTimeAsync(Math.max(...SETTLE_PASSES_MS))
    expect(calls).toEqual([])
    expect(requests).toEqual([])
  })

  it('outside a Next server (a script, a test) the later passes call no server at all', async () => {
    jest.useFakeTimers()
    delete process.env.__NEXT_PRIVATE_ORIGIN
    try {
      await revalidateAfterWrites(async () => revalidateTags(['news-releases']))
      await jest.advanceTimersByTimeAsync(Math.max(...SETTLE_PASSES_MS))
    } finally {
      process.env.__NEXT_PRIVATE_ORIGIN = SERVER_ORIGIN
    }
    expect(calls).toEqual([{ tag: 'news-releases', at: 'before' }])
    expect(requests).toEqual([])
  })

  it('collects the tags of hooks from another copy of the module (the production build holds two)', async () => {
    let otherCopy: typeof import('@/revalidation/revalidateTags') | undefined
    await jest.isolateModulesAsync(async () => {
      otherCopy = await import('@/revalidation/revalidateTags')
    })
    expect(otherCopy?.revalidateTags).not.toBe(revalidateTags)
    jest.useFakeTimers()
    await revalidateAfterWrites(async () => {
      phase = 'during'
      otherCopy?.revalidateTags(['news-releases'])
      phase = 'after'
    })
    expect(calls).toEqual([{ tag: 'news-releases', at: 'after' }])
    await jest.advanceTimersByTimeAsync(Math.max(...SETTLE_PASSES_MS))
    expect(requests.map((request) => request.tags)).toEqual([['news-releases'], ['news-releases']])
  })

  it('outside a request, tags are revalidated at once', () => {
    phase = 'now'
    revalidateTags(['contacts', 'contacts'])
    expect(calls).toEqual([{ tag: 'contacts', at: 'now' }])
  })
})

describe(`POST ${REVALIDATE_PATH}`, () => {
  const post = (body: unknown, authorization?: string) =>
    POST(
      new Request(`http://localhost${REVALIDATE_PATH}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(authorization ? { authorization } : {}),
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    )

  it('revalidates the tags it is sent, for the holder of the cron secret only', async () => {
    phase = 'pass'
    const res = await post({ tags: ['news-releases', 'news-releases:a'] }, `Bearer ${cronSecret()}`)
    expect(res.status).toBe(200)
    expect(calls).toEqual([
      { tag: 'news-releases', at: 'pass' },
      { tag: 'news-releases:a', at: 'pass' },
    ])
    expect((await post({ tags: ['news-releases'] })).status).toBe(401)
    expect((await post({ tags: ['news-releases'] }, 'Bearer wrong')).status).toBe(401)
    expect(calls).toHaveLength(2)
  })

  it('refuses what is not a list of cache tags, with a message', async () => {
    const auth = `Bearer ${cronSecret()}`
    for (const body of [
      'not json',
      {},
      { tags: [] },
      { tags: 'news-releases' },
      { tags: ['<script>'] },
      { tags: Array.from({ length: 501 }, (_, i) => `t${i}`) },
    ]) {
      const res = await post(body, auth)
      expect(res.status).toBe(400)
      expect(((await res.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
        /tags/,
      )
    }
    expect(calls).toEqual([])
  })
})
