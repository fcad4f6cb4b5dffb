// The access matrix: what admins, editors, press officers and translators may do to each
// collection, through the Local API and through REST, as the admin UI and API clients do it.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'
import type { Content, Role, Staff } from './roles/matrix'

jest.unstable_mockModule('next/cache', () => ({
  revalidateTag: () => undefined,
  unstable_cache: (fn: () => unknown) => fn,
}))
jest.unstable_mockModule('next/server', () => ({ after: () => undefined }))

const { uploadFile } = await import('../helpers/fixtures')
const { allowed, dataFor, matrix, newDoc, roles, startRoles, stopRoles, translated } =
  await import('./roles/matrix')

let payload: Payload
let api: Awaited<ReturnType<typeof startRoles>>['api']
let staff: Record<Role, Staff>

beforeAll(async () => {
  ;({ payload, api, staff } = await startRoles())
})
afterAll(async () => {
  await stopRoles()
})

describe.each(Object.keys(matrix) as Content[])('%s', (collection) => {
  it.each(roles)(
    '%s: create, update in English and delete as the matrix says, through the Local API',
    async (role) => {
      const user = staff[role].user
      const { create, update, delete: remove } = matrix[collection]
      const creating = async () =>
        collection === 'media'
          ? payload.create({
              collection,
              data: { alt: 'Mine' },
              file: await uploadFile(),
              user,
              overrideAccess: false,
            })
          : payload.create({
              collection,
              data: dataFor(collection) as never,
              user,
              overrideAccess: false,
            })
      expect(await allowed(creating)).toBe(create.includes(role))

      const doc = await newDoc(collection)
      const updating = () =>
        payload.update({
          collection,
          id: doc.id,
          locale: 'en',
          data: { [translated[collection]]: 'Changed in English' },
          user,
          overrideAccess: false,
        })
      expect(await allowed(updating)).toBe(update.includes(role))
      const deleting = () => payload.delete({ collection, id: doc.id, user, overrideAccess: false })
      expect(await allowed(deleting)).toBe(remove.includes(role))
    },
  )

  it.each(roles)('%s: the same through REST', async (role) => {
    const headers = { ...staff[role].auth, 'content-type': 'application/json' }
    const { create, update, delete: remove } = matrix[collection]
    if (collection !== 'media') {
      const created = await fetch(`${api.url}/api/${collection}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(dataFor(collection)),
      })
      expect(created.status).toBe(create.includes(role) ? 201 : 403)
    }
    const doc = await newDoc(collection)
    const updated = await fetch(`${api.url}/api/${collection}/${doc.id}?locale=en`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ [translated[collection]]: 'Changed in English' }),
    })
    expect(updated.status).toBe(update.includes(role) ? 200 : 403)
    const deleted = await fetch(`${api.url}/api/${collection}/${doc.id}`, {
      method: 'DELETE',
      headers: staff[role].auth,
    })
    expect(deleted.status).toBe(remove.includes(role) ? 200 : 403)
  })

  it('translators edit the Japanese and Spanish text, and only that', async () => {
    const doc = (await newDoc(collection)) as Record<string, any>
    const field = translated[collection]
    for (const locale of ['ja', 'es'] as const) {
      const res = await fetch(`${api.url}/api/${collection}/${doc.id}?locale=${locale}`, {
        method: 'PATCH',
        headers: { ...staff.translator.auth, 'content-type': 'application/json' },
        body: JSON.stringify({
          [field]: `訳 ${locale}`,
          slug: 'taken-over',
          createdAt: '2000-01-01T00:00:00.000Z',
        }),
      })
      expect(res.status).toBe(200)
    }
    const after = (await payload.findByID({
      collection: collection as CollectionSlug,
      id: doc.id,
      locale: 'all',
      draft: true,
    })) as Record<string, any>
    expect(after[field]).toMatchObject({ ja: '訳 ja', es: '訳 es' })
    // The English text and the fields every language shares stay as they were.
    expect(after[field].en ?? null).toEqual(doc[field] ?? null)
    if ('slug' in doc) expect(after.slug).toBe(doc.slug)
  })
})
