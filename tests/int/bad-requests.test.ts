// Malformed requests get a 4xx with a message, never a 500, and never silently lose data.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { startApiServer, type ApiServer } from '../helpers/httpServer'
import { validData } from '../helpers/fixtures'
import { createStaff, startPayload, stopPayload } from '../helpers/payload'

let payload: Payload
let api: ApiServer
let auth: Record<string, string>

beforeAll(async () => {
  payload = await startPayload()
  api = await startApiServer()
  ;({ auth } = await createStaff(payload))
  await payload.create({ collection: 'news-releases', data: validData['news-releases']() })
})
afterAll(async () => {
  await api?.close()
  await stopPayload(payload)
})

const request = async (
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) => {
  const res = await fetch(`${api.url}${path}`, {
    method,
    headers: {
      ...auth,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await res.text()
  return {
    status: res.status,
    text,
    message: (JSON.parse(text) as { errors?: { message: string }[] }).errors?.[0]?.message ?? '',
  }
}

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

describe('values Payload would otherwise accept, drop or fail on', () => {
  const errorsOf = (text: string) =>
    (
      JSON.parse(text) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
    ).errors.flatMap((e) => e.data?.errors ?? [])

  it.each([
    [
      'a relation to a document that does not exist',
      'contacts',
      { ...validData.contacts(), topics: [999999] },
      'topics',
      /999999/,
    ],
    [
      'a release pointing at a missing press contact',
      'news-releases',
      { ...validData['news-releases'](), pressContacts: [424242] },
      'pressContacts',
      /424242/,
    ],
    [
      'an image that does not exist',
      'focus-areas',
      { ...validData['focus-areas'](), heroImage: 31337 },
      'heroImage',
      /31337/,
    ],
    [
      'a committee in an activity that does not exist',
      'focus-areas',
      { ...validData['focus-areas'](), activities: [{ committee: 777 }] },
      'activities.0.committee',
      /777/,
    ],
    [
      'text where rich text belongs',
      'focus-areas',
      { ...validData['focus-areas'](), body: 'plain words' },
      'body',
      /Lexical/,
    ],
    [
      'letters where a number belongs',
      'focus-areas',
      { ...validData['focus-areas'](), displayOrder: 'first' },
      'displayOrder',
      /number/i,
    ],
  ])(
    '%s is a 400 naming the field, and nothing is written',
    async (_label, collection, data, path, pattern) => {
      const before = (
        await payload.count({ collection: collection as 'contacts', overrideAccess: true })
      ).totalDocs
      const { status, text } = await request('POST', `/api/${collection}`, data)
      expect(status).toBe(400)
      const error = errorsOf(text).find((e) => e.path === path)
      expect(error?.message).toMatch(pattern)
      expect(
        (await payload.count({ collection: collection as 'contacts', overrideAccess: true }))
          .totalDocs,
      ).toBe(before)
    },
  )

  it('a single language tag sent as a string is kept as a list of one', async () => {
    const { status, text } = await request('POST', '/api/contacts', {
      ...validData.contacts(),
      languages: 'pt-br',
    })
    expect(status).toBe(201)
    expect((JSON.parse(text) as { doc: { languages: string[] } }).doc.languages).toEqual(['pt-BR'])
  })

  it('existing relations are accepted', async () => {
    const area = await payload.create({
      collection: 'focus-areas',
      data: validData['focus-areas'](),
    })
    const { status } = await request('POST', '/api/contacts', {
      ...validData.contacts(),
      topics: [area.id],
    })
    expect(status).toBe(201)
  })
})
