// Bad input is refused with a 400 that names the field, in the client's language, and nothing is
// written.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { ValidationError } from 'payload'
import type { ApiServer } from '../helpers/httpServer'
import { validData } from '../helpers/fixtures'
import { fieldErrors, post, startValidationApi, stopValidationApi } from './validation/api'
import { badInputs } from './validation/badInputs'

let payload: Payload
let api: ApiServer
let auth: Record<string, string>

beforeAll(async () => {
  ;({ payload, api, auth } = await startValidationApi())
})
afterAll(async () => {
  await stopValidationApi()
})

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
