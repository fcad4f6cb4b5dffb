// Values that pass are stored normalised; links, press contacts and uploads are checked.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { validData } from '../helpers/fixtures'
import { ValidationError } from 'payload'
import type { ApiServer } from '../helpers/httpServer'
import {
  bodyWithLink,
  fieldErrors,
  post,
  startValidationApi,
  stopValidationApi,
} from './validation/api'

let payload: Payload
let api: ApiServer
let auth: Record<string, string>

beforeAll(async () => {
  ;({ payload, api, auth } = await startValidationApi())
})
afterAll(async () => {
  await stopValidationApi()
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
