// The front door: nginx (deploy/nginx/beacon.conf.template) in front of the seeded site refuses
// malformed and oversized requests with pages of its own in the reader's language (JSON for the
// API).
import { describe, expect, it } from '@jest/globals'
import { expectPage, text } from './helpers/frontDoor'
import { rawRequest } from './helpers/raw'

describe('malformed addresses', () => {
  it('are refused with 400 and a page in the language of the path, when nginx refuses them before reading any header', async () => {
    for (const path of ['/en/%', '/en/%E0%A4%A', '/en/news/x/%E0%A4%A']) {
      expectPage(
        await rawRequest(path, { headers: { 'Accept-Language': 'ja' } }),
        400,
        'badRequest',
        'en',
      )
    }
    expectPage(await rawRequest('/ja/%E0%A4%A'), 400, 'badRequest', 'ja')
    expectPage(await rawRequest('/es/noticias/x/%'), 400, 'badRequest', 'es')
  })

  it('without a language in the path either, get the page in all three languages', async () => {
    const response = await rawRequest('/%', { headers: { 'Accept-Language': 'ja' } })
    for (const language of ['en', 'ja', 'es'] as const)
      expectPage(response, 400, 'badRequest', language)
    expect(response.text).toContain('<html lang="en">')
    expect(response.text).toContain('<section lang="ja">')
  })

  it('that nginx reads whole (a path that is not UTF-8, a stray % in the query) get the page in the reader’s language', async () => {
    expectPage(
      await rawRequest('/en/%FF', { headers: { 'Accept-Language': 'ja-JP,ja;q=0.9,en;q=0.8' } }),
      400,
      'badRequest',
      'ja',
    )
    expectPage(
      await rawRequest('/en/news/%C3%28', {
        headers: { 'Accept-Language': 'fr-CH, fr;q=0.9, es;q=0.8' },
      }),
      400,
      'badRequest',
      'es',
    )
    expectPage(
      await rawRequest('/en/search?q=100%', { headers: { 'Accept-Language': 'en-GB' } }),
      400,
      'badRequest',
      'en',
    )
  })

  it('under /api are refused with JSON, like the API’s own errors', async () => {
    for (const [path, language] of [
      ['/api/%', 'en'],
      ['/api/news-releases?where=%', 'es'],
    ] as const) {
      const response = await rawRequest(path, { headers: { 'Accept-Language': 'es' } })
      expect(response.status).toBe(400)
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8')
      expect(JSON.parse(response.text)).toEqual({
        errors: [{ message: text[language].badRequest.title }],
      })
    }
  })
})

describe('limits', () => {
  it('a header too large (a 64 KB cookie) gets 431 and the page, not an empty answer', async () => {
    const cookie = `big=${'a'.repeat(64 * 1024)}`
    expectPage(
      await rawRequest('/en', { headers: { 'Accept-Language': 'es', Cookie: cookie } }),
      431,
      'headersTooLarge',
      'es',
    )
    // Many headers each small enough: together more than the app would read.
    const many = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`X-Filler-${i}`, 'b'.repeat(1000)]),
    )
    expectPage(
      await rawRequest('/en', { headers: { 'Accept-Language': 'en', ...many } }),
      431,
      'headersTooLarge',
      'en',
    )
  })

  it('an address too long gets 414 and the page', async () => {
    expectPage(await rawRequest(`/ja/search?q=${'a'.repeat(20_000)}`), 414, 'uriTooLong', 'ja')
  })

  it('a body over 1 MB gets 413 (JSON under /api), except an upload to /api/media, which the app answers', async () => {
    const body = Buffer.alloc(1536 * 1024, 'a')
    const api = await rawRequest('/api/news-releases', {
      method: 'POST',
      body,
      headers: { 'Accept-Language': 'ja', 'Content-Type': 'application/json' },
    })
    expect(api.status).toBe(413)
    expect(JSON.parse(api.text)).toEqual({ errors: [{ message: text.ja.contentTooLarge.title }] })
    expectPage(
      await rawRequest('/en/search', {
        method: 'POST',
        body,
        headers: { 'Accept-Language': 'en' },
      }),
      413,
      'contentTooLarge',
      'en',
    )
    // Not signed in: the app itself refuses it, with its own message.
    const upload = await rawRequest('/api/media', {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/octet-stream' },
    })
    expect(upload.status).not.toBe(413)
    expect(upload.headers['content-type']).toContain('application/json')
  })
})
