// Staff-only contact fields (internal notes, personal mobile) through REST and the Local API:
// never read, probed or written by the anonymous; readable and writable by staff.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'
import type { ApiServer } from '../helpers/httpServer'
import { leaks, SECRET_NOTE, startAccessFixtures, stopAccessFixtures } from './access/fixtures'

let payload: Payload
let api: ApiServer
let auth: Record<string, string>
let ids: Partial<Record<CollectionSlug, number | string>>
let secretContactId: number | string

beforeAll(async () => {
  ;({ payload, api, auth, ids, secretContactId } = await startAccessFixtures())
})
afterAll(async () => {
  await stopAccessFixtures()
})

describe('staff-only contact fields', () => {
  it('are absent from REST reads, lists, selects and populated relations', async () => {
    for (const path of [
      `/api/contacts/${secretContactId}`,
      '/api/contacts?limit=50',
      `/api/contacts?select[internalNotes]=true&select[personalMobile]=true`,
      `/api/news-releases/${ids['news-releases']}?depth=1`,
      `/api/contacts/${secretContactId}?locale=all`,
    ]) {
      const res = await fetch(`${api.url}${path}`)
      expect(res.status).toBe(200)
      const text = await res.text()
      expect(leaks(text)).toBe(false)
      expect(text).not.toContain('internalNotes')
      expect(text).not.toContain('personalMobile')
    }
    const populated = (await (
      await fetch(`${api.url}/api/news-releases/${ids['news-releases']}?depth=1`)
    ).json()) as {
      pressContacts: { name: string }[]
    }
    expect(populated.pressContacts[0].name).toBe('Zoe Secret')
  })

  it.each([
    'where[internalNotes][exists]=true',
    'where[internalNotes][like]=share',
    'where[personalMobile][equals]=%2B442079460555',
    'where[or][0][internalNotes][exists]=true&where[or][1][name][exists]=false',
  ])('cannot be probed with a filter: %s', async (query) => {
    const res = await fetch(`${api.url}/api/contacts?${query}`)
    expect(res.status).toBe(400)
    const text = await res.text()
    expect(text).not.toContain('Zoe Secret')
    expect(leaks(text)).toBe(false)
  })

  it('cannot be probed through a relation from news releases', async () => {
    const res = await fetch(
      `${api.url}/api/news-releases?where[pressContacts.internalNotes][exists]=true`,
    )
    expect(res.status).toBe(400)
  })

  it.each(['internalNotes', '-internalNotes', 'personalMobile'])(
    'cannot be probed by sorting on %s',
    async (sort) => {
      const res = await fetch(`${api.url}/api/contacts?sort=${sort}`)
      expect(res.status).toBe(400)
      expect(leaks(await res.text())).toBe(false)
    },
  )

  it('are absent from the Local API without access rights', async () => {
    const doc = await payload.findByID({
      collection: 'contacts',
      id: secretContactId,
      overrideAccess: false,
    })
    expect(doc.internalNotes).toBeUndefined()
    expect(doc.personalMobile).toBeUndefined()
    await expect(
      payload.find({
        collection: 'contacts',
        where: { internalNotes: { exists: true } },
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })

  it('are readable and writable by staff', async () => {
    const res = await fetch(`${api.url}/api/contacts/${secretContactId}`, { headers: auth })
    const doc = (await res.json()) as { internalNotes: string; personalMobile: string }
    expect(doc.internalNotes).toBe(SECRET_NOTE)
    expect(doc.personalMobile).toBe('+442079460555')
    const filtered = await fetch(`${api.url}/api/contacts?where[internalNotes][exists]=true`, {
      headers: auth,
    })
    expect(filtered.status).toBe(200)
    expect(
      ((await filtered.json()) as { docs: { name: string }[] }).docs.map((d) => d.name),
    ).toEqual(['Zoe Secret'])
  })

  it('cannot be written by the anonymous even inside an otherwise allowed request', async () => {
    const res = await fetch(`${api.url}/api/contacts/${secretContactId}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ internalNotes: 'overwritten' }),
    })
    expect(res.status).toBe(403)
    const stored = await payload.findByID({ collection: 'contacts', id: secretContactId })
    expect(stored.internalNotes).toBe(SECRET_NOTE)
  })
})
