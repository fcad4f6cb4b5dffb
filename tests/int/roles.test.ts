// The access matrix: what admins, editors, press officers and translators may do to each
// collection, through the Local API and through REST, as the admin UI and API clients do it.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'

jest.unstable_mockModule('next/cache', () => ({
  revalidateTag: () => undefined,
  unstable_cache: (fn: () => unknown) => fn,
}))
jest.unstable_mockModule('next/server', () => ({ after: () => undefined }))

const { uploadFile, validData } = await import('../helpers/fixtures')
const { createStaff, startPayload, stopPayload } = await import('../helpers/payload')
const { startApiServer } = await import('../helpers/httpServer')

type Role = 'admin' | 'editor' | 'pressOfficer' | 'translator'
type Staff = Awaited<ReturnType<typeof createStaff>>
type Content = 'news-releases' | 'contacts' | 'focus-areas' | 'committees' | 'partners' | 'media'

let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>
const staff = {} as Record<Role, Staff>
const roles: Role[] = ['admin', 'editor', 'pressOfficer', 'translator']

// Who may create, change the English text of, and delete each kind of content.
const matrix: Record<Content, Record<'create' | 'update' | 'delete', Role[]>> = {
  'news-releases': {
    create: ['admin', 'editor', 'pressOfficer'],
    update: ['admin', 'editor', 'pressOfficer'],
    delete: ['admin', 'editor', 'pressOfficer'],
  },
  contacts: {
    create: ['admin', 'editor', 'pressOfficer'],
    update: ['admin', 'editor', 'pressOfficer'],
    delete: ['admin', 'editor', 'pressOfficer'],
  },
  'focus-areas': {
    create: ['admin', 'editor'],
    update: ['admin', 'editor'],
    delete: ['admin', 'editor'],
  },
  committees: {
    create: ['admin', 'editor'],
    update: ['admin', 'editor'],
    delete: ['admin', 'editor'],
  },
  partners: {
    create: ['admin', 'editor'],
    update: ['admin', 'editor'],
    delete: ['admin', 'editor'],
  },
  media: {
    create: ['admin', 'editor', 'pressOfficer'],
    update: ['admin', 'editor', 'pressOfficer'],
    delete: ['admin', 'editor'],
  },
}

// A translated field of each collection, for the translator's edits.
const translated: Record<Content, string> = {
  'news-releases': 'summary',
  contacts: 'role',
  'focus-areas': 'summary',
  committees: 'description',
  partners: 'description',
  media: 'alt',
}

// Committee codes are short and unique: count through three letters.
let committeeCount = 0
const committeeCode = () => {
  const n = committeeCount++
  return 'Q' + [Math.floor(n / 26) % 26, n % 26].map((i) => String.fromCharCode(65 + i)).join('')
}
const dataFor = (collection: Exclude<Content, 'media'>) =>
  collection === 'committees'
    ? { ...validData.committees(), code: committeeCode() }
    : validData[collection]()

const newDoc = async (collection: Content) =>
  collection === 'media'
    ? payload.create({ collection, data: { alt: 'A test image' }, file: await uploadFile() })
    : payload.create({ collection, data: dataFor(collection) as never })

const allowed = async (attempt: () => Promise<unknown>) =>
  attempt().then(
    () => true,
    (error: { status?: number; name?: string }) => {
      if (error?.status === 403 || error?.name === 'Forbidden') return false
      throw error
    },
  )

beforeAll(async () => {
  payload = await startPayload()
  api = await startApiServer()
  for (const role of roles)
    staff[role] = await createStaff(payload, `${role.toLowerCase()}@example.org`, [role])
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'en',
    data: { organisationName: 'Test organisation', shortName: 'TO' } as never,
  })
})
afterAll(async () => {
  await api?.close()
  await stopPayload(payload)
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

describe('publishing', () => {
  it('a translator saves a Japanese draft of a release but cannot publish it', async () => {
    const release = await newDoc('news-releases')
    const draft = await payload.update({
      collection: 'news-releases',
      id: release.id,
      locale: 'ja',
      draft: true,
      data: { summary: '日本語の下書き', _status: 'draft' } as never,
      user: staff.translator.user,
      overrideAccess: false,
    })
    expect(draft.summary).toBe('日本語の下書き')
    const publishing = () =>
      payload.update({
        collection: 'news-releases',
        id: release.id,
        locale: 'ja',
        data: { _status: 'published' } as never,
        user: staff.translator.user,
        overrideAccess: false,
      })
    expect(await allowed(publishing)).toBe(false)
    // A press officer may.
    const published = await payload.update({
      collection: 'news-releases',
      id: release.id,
      locale: 'ja',
      data: { _status: 'published' } as never,
      user: staff.pressOfficer.user,
      overrideAccess: false,
    })
    expect(published._status).toBe('published')
  })
})

describe('site settings', () => {
  it.each(roles)(
    '%s: English text as admins and editors only, translations by translators too',
    async (role) => {
      const user = staff[role].user
      const english = () =>
        payload.updateGlobal({
          slug: 'site-settings',
          locale: 'en',
          data: { tagline: `By ${role}` },
          user,
          overrideAccess: false,
        })
      expect(await allowed(english)).toBe(role === 'admin' || role === 'editor')
      const japanese = () =>
        payload.updateGlobal({
          slug: 'site-settings',
          locale: 'ja',
          data: { tagline: `${role}の訳` },
          user,
          overrideAccess: false,
        })
      expect(await allowed(japanese)).toBe(role !== 'pressOfficer')
    },
  )
})

describe('people', () => {
  it.each(roles)('%s: only admins see other staff accounts or add one', async (role) => {
    const others = await fetch(`${api.url}/api/users?limit=100`, { headers: staff[role].auth })
    const { docs } = (await others.json()) as { docs: { email: string }[] }
    expect(docs.length > 1).toBe(role === 'admin')
    const added = await fetch(`${api.url}/api/users`, {
      method: 'POST',
      headers: { ...staff[role].auth, 'content-type': 'application/json' },
      body: JSON.stringify(validData.users()),
    })
    expect(added.status).toBe(role === 'admin' ? 201 : 403)
  })

  it('nobody but an admin gives themselves a role', async () => {
    const res = await fetch(`${api.url}/api/users/${staff.translator.user.id}`, {
      method: 'PATCH',
      headers: { ...staff.translator.auth, 'content-type': 'application/json' },
      body: JSON.stringify({ roles: ['admin'] }),
    })
    expect(res.status).toBeLessThan(500)
    const after = await payload.findByID({ collection: 'users', id: staff.translator.user.id })
    expect(after.roles).toEqual(['translator'])
  })
})
