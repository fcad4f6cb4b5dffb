// What each role may do beyond the matrix of content: publish, change the site settings, and see
// or add staff accounts.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'
import type { Role, Staff } from './roles/matrix'

jest.unstable_mockModule('next/cache', () => ({
  revalidateTag: () => undefined,
  unstable_cache: (fn: () => unknown) => fn,
}))
jest.unstable_mockModule('next/server', () => ({ after: () => undefined }))

const { validData } = await import('../helpers/fixtures')
const { allowed, newDoc, roles, startRoles, stopRoles } = await import('./roles/matrix')

let payload: Payload
let api: Awaited<ReturnType<typeof startRoles>>['api']
let staff: Record<Role, Staff>

beforeAll(async () => {
  ;({ payload, api, staff } = await startRoles())
})
afterAll(async () => {
  await stopRoles()
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
