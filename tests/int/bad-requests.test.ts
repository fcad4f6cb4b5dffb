// Malformed requests get a 4xx with a message, never a 500: query strings and bodies.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { request, startBadRequestApi, stopBadRequestApi } from './badRequests/api'

beforeAll(async () => {
  await startBadRequestApi()
})
afterAll(async () => {
  await stopBadRequestApi()
})

describe('query strings', () => {
  it.each([
    ['/api/contacts/abc', 404],
    ['/api/contacts/999999', 404],
    ['/api/news-releases?locale=fr', 400],
    ['/api/news-releases?fallback-locale=xx', 400],
    ['/api/news-releases?limit=abc', 400],
    ['/api/news-releases?page=-1', 400],
    ['/api/news-releases?depth=many', 400],
    ['/api/news-releases?where[publishedAt][greater_than]=soon', 400],
    ['/api/news-releases?where[or][0][createdAt][less_than]=yesterday', 400],
    ['/api/news-releases?where[publishedAt][in]=2026-01-01,never', 400],
    ['/api/contacts?where[nope][equals]=1', 400],
  ])('GET %s answers %i with a message', async (path, expected) => {
    const { status, message } = await request('GET', path)
    expect(status).toBe(expected)
    expect(message).toMatch(/\w/)
  })

  it('explains an unknown locale and a bad date in the client’s language', async () => {
    const locale = await request('GET', '/api/news-releases?locale=fr', undefined, {
      'Accept-Language': 'ja',
    })
    expect(locale.message).toContain('不明なロケール')
    const date = await request(
      'GET',
      '/api/news-releases?where[publishedAt][less_than]=ayer',
      undefined,
      { 'Accept-Language': 'es' },
    )
    expect(date.message).toContain('no es una fecha')
  })

  it('still accepts valid dates, locales and paging', async () => {
    expect(
      (
        await request(
          'GET',
          '/api/news-releases?where[publishedAt][greater_than]=2026-01-01&locale=all&fallback-locale=none&limit=5&page=1',
        )
      ).status,
    ).toBe(200)
  })
})

describe('bodies', () => {
  it.each([
    ['unreadable JSON', 'POST', '/api/contacts', '{bad json', 400],
    ['an update of a missing document', 'PATCH', '/api/contacts/999999', { role: 'x' }, 404],
    ['a delete of a missing document', 'DELETE', '/api/contacts/999999', undefined, 404],
    ['an upload with no file', 'POST', '/api/media', { alt: 'no file' }, 400],
    ['an unreadable GraphQL body', 'POST', '/api/graphql', 'garbage', 400],
  ])('%s answers %i', async (_label, method, path, body, expected) => {
    const { status, message } = await request(method, path, body)
    expect(status).toBe(expected)
    expect(message).toMatch(/\w/)
  })

  it.each([
    ['without a boundary', 'multipart/form-data', 'x'],
    [
      'with a broken boundary',
      'multipart/form-data; boundary=abc',
      '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n',
    ],
    [
      'never closed',
      'multipart/form-data; boundary=abc',
      '--abc\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"x"}',
    ],
  ])(
    'form data %s answers 400 with a message, wherever it is sent',
    async (_label, contentType, body) => {
      for (const [method, path] of [
        ['POST', '/api/media'],
        ['POST', '/api/contacts'],
        ['POST', '/api/graphql'],
      ]) {
        const { status, message } = await request(method, path, body, {
          'Content-Type': contentType,
        })
        expect([path, status]).toEqual([path, 400])
        expect(message).toMatch(/\w/)
      }
    },
  )
})
