// Values Payload would otherwise accept, drop or fail on get a 4xx with a message, never a 500,
// and never silently lose data.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { validData } from '../helpers/fixtures'
import { request, startBadRequestApi, stopBadRequestApi } from './badRequests/api'

let payload: Payload
beforeAll(async () => {
  ;({ payload } = await startBadRequestApi())
})
afterAll(async () => {
  await stopBadRequestApi()
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
