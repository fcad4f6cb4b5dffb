// Publishing, editing, unpublishing and deleting refresh exactly the tags of what changed.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

const revalidated: string[] = []
jest.unstable_mockModule('next/cache', () => ({
  revalidateTag: (tag: string) => {
    revalidated.push(tag)
  },
  unstable_cache: (fn: () => unknown) => fn,
}))

const { validData } = await import('../helpers/fixtures')
const { startPayload, stopPayload } = await import('../helpers/payload')

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await stopPayload(payload)
})
beforeEach(() => {
  revalidated.length = 0
})

describe('news releases', () => {
  it('publishing refreshes the release’s page and the lists, and nothing else', async () => {
    await payload.create({ collection: 'news-releases', data: { ...validData['news-releases'](), slug: 'fresh-news' } })
    expect(new Set(revalidated)).toEqual(new Set(['news-releases', 'news-releases:fresh-news']))
  })

  it('a change of slug refreshes the old and the new address', async () => {
    const doc = await payload.create({ collection: 'news-releases', data: { ...validData['news-releases'](), slug: 'old-slug' } })
    revalidated.length = 0
    await payload.update({ collection: 'news-releases', id: doc.id, data: { slug: 'new-slug' } })
    expect(new Set(revalidated)).toEqual(new Set(['news-releases', 'news-releases:new-slug', 'news-releases:old-slug']))
  })

  it('saving a draft that was never published refreshes nothing', async () => {
    await payload.create({ collection: 'news-releases', draft: true, data: { ...validData['news-releases'](), slug: 'quiet-draft', _status: 'draft' } })
    expect(revalidated).toEqual([])
  })

  it('unpublishing refreshes the page that showed it', async () => {
    const doc = await payload.create({ collection: 'news-releases', data: { ...validData['news-releases'](), slug: 'going-away' } })
    revalidated.length = 0
    await payload.update({ collection: 'news-releases', id: doc.id, data: { _status: 'draft' } })
    expect(revalidated).toContain('news-releases:going-away')
  })

  it('deleting refreshes its page and the lists', async () => {
    const doc = await payload.create({ collection: 'news-releases', data: { ...validData['news-releases'](), slug: 'deleted-news' } })
    revalidated.length = 0
    await payload.delete({ collection: 'news-releases', id: doc.id })
    expect(new Set(revalidated)).toEqual(new Set(['news-releases', 'news-releases:deleted-news']))
  })

  it('seeding and imports can turn revalidation off', async () => {
    await payload.create({
      collection: 'news-releases',
      data: { ...validData['news-releases'](), slug: 'imported' },
      context: { disableRevalidate: true },
    })
    expect(revalidated).toEqual([])
  })
})

describe('other content', () => {
  it('a contact change refreshes the contacts tag that release pages carry', async () => {
    await payload.create({ collection: 'contacts', data: validData.contacts() })
    expect(revalidated).toContain('contacts')
  })

  it('site settings refresh their own tag', async () => {
    await payload.updateGlobal({ slug: 'site-settings', data: { shortName: 'TEST', organisationName: 'Test organisation' } })
    expect(revalidated).toEqual(['global:site-settings'])
  })

  it('users are not public content and refresh nothing', async () => {
    await payload.create({ collection: 'users', data: validData.users() })
    expect(revalidated).toEqual([])
  })
})
