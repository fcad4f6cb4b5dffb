// Bad input is refused with a 400 that names the field, and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'
import { ValidationError } from 'payload'
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
  await payload.create({ collection: 'partners', data: { ...validData.partners(), slug: 'wocon' } })
})
afterAll(async () => {
  await api?.close()
  await stopPayload(payload)
})

type ErrorBody = {
  errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[]
}

const post = async (collection: string, data: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(`${api.url}/api/${collection}`, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(data),
  })
  return { status: res.status, body: (await res.json()) as ErrorBody }
}

const fieldErrors = (body: ErrorBody) => body.errors.flatMap((error) => error.data?.errors ?? [])

const bodyWithLink = (url: string) => ({
  root: {
    type: 'root',
    version: 1,
    format: '',
    indent: 0,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        version: 1,
        format: '',
        indent: 0,
        direction: 'ltr',
        textFormat: 0,
        children: [
          {
            type: 'link',
            version: 3,
            format: '',
            indent: 0,
            direction: 'ltr',
            fields: { url, newTab: false, linkType: 'custom' },
            children: [
              {
                type: 'text',
                text: 'here',
                version: 1,
                format: 0,
                detail: 0,
                mode: 'normal',
                style: '',
              },
            ],
          },
        ],
      },
    ],
  },
})

const badInputs: [string, CollectionSlug, () => Record<string, unknown>, string][] = [
  [
    'a missing English title',
    'news-releases',
    () => ({ ...validData['news-releases'](), title: undefined }),
    'title',
  ],
  [
    'a missing English focus-area title',
    'focus-areas',
    () => ({ summary: 'No title here' }),
    'title',
  ],
  ['a bad e-mail', 'contacts', () => ({ ...validData.contacts(), email: 'not-an-email' }), 'email'],
  [
    'a bad phone number',
    'contacts',
    () => ({ ...validData.contacts(), phones: [{ kind: 'office', number: '12345' }] }),
    'phones.0.number',
  ],
  [
    'a phone number without country code',
    'contacts',
    () => ({ ...validData.contacts(), phones: [{ kind: 'press', number: '03-1234-5678' }] }),
    'phones.0.number',
  ],
  [
    'a bad personal mobile',
    'contacts',
    () => ({ ...validData.contacts(), personalMobile: '+1 555' }),
    'personalMobile',
  ],
  ['a bad country', 'partners', () => ({ ...validData.partners(), country: 'XX' }), 'country'],
  [
    'a lowercase or long country name',
    'partners',
    () => ({ ...validData.partners(), country: 'Nigeria' }),
    'country',
  ],
  [
    'a bad URL',
    'partners',
    () => ({ ...validData.partners(), website: 'example dot org' }),
    'website',
  ],
  [
    'a javascript: URL',
    'partners',
    () => ({ ...validData.partners(), website: 'javascript:alert(1)' }),
    'website',
  ],
  [
    'a bad time zone',
    'contacts',
    () => ({ ...validData.contacts(), timeZone: 'Mars/Olympus_Mons' }),
    'timeZone',
  ],
  [
    'an offset instead of a time zone',
    'contacts',
    () => ({ ...validData.contacts(), timeZone: '+09:00' }),
    'timeZone',
  ],
  [
    'a bad language tag',
    'contacts',
    () => ({ ...validData.contacts(), languages: ['es', 'not a language'] }),
    'languages',
  ],
  ['a duplicate slug', 'partners', () => ({ ...validData.partners(), slug: 'wocon' }), 'slug'],
  [
    'a slug with non-ASCII letters',
    'focus-areas',
    () => ({ ...validData['focus-areas'](), slug: '人身取引' }),
    'slug',
  ],
  [
    'a bad committee code',
    'committees',
    () => ({ ...validData.committees(), code: 'asia committee' }),
    'code',
  ],
  [
    'a bad material link',
    'focus-areas',
    () => ({
      ...validData['focus-areas'](),
      relatedMaterials: [{ title: 'Report', link: 'ftp//x' }],
    }),
    'relatedMaterials.0.link',
  ],
  [
    'a material with neither link nor file',
    'focus-areas',
    () => ({ ...validData['focus-areas'](), relatedMaterials: [{ title: 'Report' }] }),
    'relatedMaterials.0.link',
  ],
  [
    'a javascript: link in rich text',
    'news-releases',
    () => ({ ...validData['news-releases'](), body: bodyWithLink('javascript:alert(1)') }),
    'body',
  ],
  [
    'a disguised java\\tscript: link in rich text',
    'news-releases',
    () => ({ ...validData['news-releases'](), body: bodyWithLink(' java\tscript:alert(1)') }),
    'body',
  ],
  [
    'a data: link in rich text',
    'focus-areas',
    () => ({
      ...validData['focus-areas'](),
      body: bodyWithLink('data:text/html,<script>alert(1)</script>'),
    }),
    'body',
  ],
  [
    'an unknown scope',
    'news-releases',
    () => ({ ...validData['news-releases'](), scope: 'galactic' }),
    'scope',
  ],
  [
    'a release time zone that is not a zone',
    'news-releases',
    () => ({ ...validData['news-releases'](), publishedAt_tz: 'Nowhere/Land' }),
    'publishedAt_tz',
  ],
]

describe.each(badInputs)('%s', (_label, collection, data, path) => {
  it(`REST answers 400 naming ${path}, and nothing is written`, async () => {
    const before = await payload.count({ collection, overrideAccess: true })
    const { status, body } = await post(collection, data())
    expect(status).toBe(400)
    expect(fieldErrors(body).map((error) => error.path)).toContain(path)
    expect(fieldErrors(body).find((error) => error.path === path)?.message).toMatch(/\w/)
    expect((await payload.count({ collection, overrideAccess: true })).totalDocs).toBe(
      before.totalDocs,
    )
  })

  it(`the Local API throws a ValidationError naming ${path}`, async () => {
    const before = await payload.count({ collection, overrideAccess: true })
    const attempt = payload.create({ collection, data: data() as never })
    await expect(attempt).rejects.toBeInstanceOf(ValidationError)
    await attempt.catch((error: ValidationError) => {
      expect(error.status).toBe(400)
      expect(error.data.errors.map((e) => e.path)).toContain(path)
    })
    expect((await payload.count({ collection, overrideAccess: true })).totalDocs).toBe(
      before.totalDocs,
    )
  })
})

describe('a failed update', () => {
  it('keeps the stored document unchanged', async () => {
    const contact = await payload.create({ collection: 'contacts', data: validData.contacts() })
    const res = await fetch(`${api.url}/api/contacts/${contact.id}`, {
      method: 'PATCH',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'Changed role', email: 'broken@' }),
    })
    expect(res.status).toBe(400)
    const stored = await payload.findByID({ collection: 'contacts', id: contact.id })
    expect(stored.email).toBe(contact.email)
    expect(stored.role ?? null).toBe(contact.role ?? null)
  })
})

describe('error messages', () => {
  it('come in the language the client asks for', async () => {
    const data = { ...validData.contacts(), timeZone: 'Mars/Olympus_Mons' }
    const ja = await post('contacts', data, { 'Accept-Language': 'ja' })
    const es = await post('contacts', data, { 'Accept-Language': 'es' })
    expect(ja.status).toBe(400)
    expect(fieldErrors(ja.body).find((e) => e.path === 'timeZone')?.message).toContain(
      'タイムゾーン',
    )
    expect(fieldErrors(es.body).find((e) => e.path === 'timeZone')?.message).toContain(
      'zona horaria',
    )
  })

  it('list several bad values the way the client’s language lists them', async () => {
    const data = { ...validData.contacts(), languages: ['not a language', 'nor this'] }
    const messageIn = async (language: string) =>
      fieldErrors((await post('contacts', data, { 'Accept-Language': language })).body).find(
        (e) => e.path === 'languages',
      )?.message
    expect(await messageIn('ja')).toContain('not a language、nor this')
    expect(await messageIn('es')).toContain('not a language y nor this')
    expect(await messageIn('en')).toContain('not a language and nor this')
  })
})

describe('normalised values', () => {
  it('phone numbers are stored in E.164, language tags canonical, committee codes upper case', async () => {
    const contact = await payload.create({
      collection: 'contacts',
      data: {
        ...validData.contacts(),
        phones: [{ kind: 'press', number: '+44 (0)20 7946 0999' }],
        languages: ['pt-br', 'JA'],
      },
    })
    expect(contact.phones?.[0]?.number).toBe('+442079460999')
    expect(contact.languages).toEqual(['pt-BR', 'ja'])
    const committee = await payload.create({
      collection: 'committees',
      data: { name: 'Africa desk', code: ' afd ' },
    })
    expect(committee.code).toBe('AFD')
  })
})

describe('links in rich text', () => {
  it.each([
    'https://example.org/report',
    'mailto:press@example.org',
    'tel:+442079460123',
    '/en/press',
    '#contacts',
  ])('%s is accepted', async (url) => {
    const { status } = await post('news-releases', {
      ...validData['news-releases'](),
      body: bodyWithLink(url),
    })
    expect(status).toBe(201)
  })
})

describe('press contacts on a release', () => {
  it('must be contacts flagged for the press', async () => {
    const press = await payload.create({
      collection: 'contacts',
      data: { ...validData.contacts(), isPressContact: true },
    })
    const internal = await payload.create({
      collection: 'contacts',
      data: { ...validData.contacts(), isPressContact: false },
    })
    const ok = await post('news-releases', {
      ...validData['news-releases'](),
      pressContacts: [press.id],
    })
    expect(ok.status).toBe(201)
    const refused = await post('news-releases', {
      ...validData['news-releases'](),
      pressContacts: [press.id, internal.id],
    })
    expect(refused.status).toBe(400)
    expect(fieldErrors(refused.body).map((e) => e.path)).toContain('pressContacts')
  })
})

describe('uploads', () => {
  it('an SVG is refused, since it can carry script', async () => {
    const form = new FormData()
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    form.append('file', new Blob([svg], { type: 'image/svg+xml' }), 'logo.svg')
    form.append('_payload', JSON.stringify({ alt: 'Logo' }))
    const before = (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs
    const res = await fetch(`${api.url}/api/media`, { method: 'POST', headers: auth, body: form })
    expect(res.status).toBe(400)
    expect((await payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(
      before,
    )
  })

  it('an image without English alternative text is refused', async () => {
    const { uploadFile } = await import('../helpers/fixtures')
    await expect(
      payload.create({
        collection: 'media',
        data: {} as never,
        file: await uploadFile('no-alt.png'),
      }),
    ).rejects.toBeInstanceOf(ValidationError)
  })
})
