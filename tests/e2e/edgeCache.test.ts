// nginx's edge cache in front of the app (deploy/nginx/beacon.conf.template): public pages for
// anonymous readers come from it, and nothing that is private or counted by a rate limit does.
import { describe, expect, it } from '@jest/globals'
import { rawRequest } from './helpers/raw'

const edgeCache = async (path: string, headers: Record<string, string> = {}) => {
  const response = await rawRequest(path, { headers, localAddress: '127.0.0.83' })
  return { status: response.status, cache: response.headers['x-edge-cache'], response }
}

/** Whether a request is answered from a fresh copy (HIT) within `ms`. */
const hitWithin = async (path: string, ms: number) => {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if ((await edgeCache(path)).cache === 'HIT') return true
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return false
}

describe('the edge cache', () => {
  it('answers an anonymous reader’s page from its copy, in every language, and the sitemap', async () => {
    for (const path of ['/en', '/ja/news', '/es/noticias', '/en/feed.xml', '/sitemap.xml']) {
      await edgeCache(path)
      // Its copy, fresh or (for a moment, while it asks the app for a new one) stale.
      const again = await edgeCache(path)
      expect(again.status).toBe(200)
      expect(['HIT', 'UPDATING', 'STALE']).toContain(again.cache)
      expect(await hitWithin(path, 3000)).toBe(true)
    }
  })

  it('keeps a client navigation’s RSC answer apart from the page at the same address', async () => {
    // Next answers a navigation at ?_rsc (a hash of its router headers; none here) with RSC, a page
    // load at the same address with HTML.
    const path = '/en?_rsc'
    for (let i = 0; i < 2; i++) {
      const rsc = await edgeCache(path, { RSC: '1' })
      expect(rsc.response.headers['content-type']).toContain('text/x-component')
      const page = await edgeCache(path)
      expect(page.response.headers['content-type']).toContain('text/html')
    }
    expect(await hitWithin(path, 3000)).toBe(true)
    const rsc = await edgeCache(path, { RSC: '1' })
    expect(rsc.response.headers['content-type']).toContain('text/x-component')
  })

  it('does not keep a missing page, so a release that appears is found at once', async () => {
    await edgeCache('/en/news/no-such-release')
    const again = await edgeCache('/en/news/no-such-release')
    expect(again.status).toBe(404)
    expect(again.cache).toBe('MISS')
  })

  it('never answers signed-in staff or draft mode from it', async () => {
    await edgeCache('/en')
    for (const cookie of ['payload-token=x', 'a=1; __prerender_bypass=x', '__next_preview_data=x'])
      expect((await edgeCache('/en', { Cookie: cookie })).cache).toBe('BYPASS')
  })

  it('leaves the press room and embargo links to the app, in every language, so the rate limit counts each request', async () => {
    for (const path of [
      '/en/press',
      '/ja/press/yuki-sato',
      '/es/prensa',
      '/es/prensa/yuki-sato/vcard',
      '/en/news/embargoed/not-a-token',
      '/es/noticias/bajo-embargo/not-a-token',
    ]) {
      await edgeCache(path)
      expect({ path, cache: (await edgeCache(path)).cache }).toEqual({ path, cache: 'BYPASS' })
    }
  })

  it('is not in front of the API, the admin or paths outside the languages', async () => {
    for (const path of ['/api/news-releases?limit=1&depth=0', '/admin', '/', '/robots.txt'])
      expect({ path, cache: (await edgeCache(path)).cache }).toEqual({
        path,
        cache: path.startsWith('/api') ? undefined : 'BYPASS',
      })
  })
})
