// Who may publish, and versions, autosave and scheduled publishing, through the admin's REST calls.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

jest.unstable_mockModule('next/cache', () => ({
  revalidateTag: () => undefined,
  unstable_cache: (fn: () => unknown) => fn,
}))
jest.unstable_mockModule('next/server', () => ({ after: () => undefined }))

const { validData } = await import('../helpers/fixtures')

const { anonymous, englishRelease, patch, startPublishingApi, stopPublishingApi } =
  await import('./publishing/api')

let payload: Payload
let api: Awaited<ReturnType<typeof startPublishingApi>>['api']
let editor: Record<string, string>
let translator: Record<string, string>

beforeAll(async () => {
  ;({ payload, api, editor, translator } = await startPublishingApi())
})
afterAll(async () => {
  await stopPublishingApi()
})

describe('who may publish', () => {
  it('a translator cannot publish or unpublish a language: every translator save is a draft', async () => {
    const doc = await englishRelease('Shelter opens in Osaka')
    await patch(
      `/news-releases/${doc.id}?locale=ja&publishSpecificLocale=ja`,
      { title: '大阪にシェルター開設', _status: 'published' },
      editor,
    )

    expect(
      (
        await patch(
          `/news-releases/${doc.id}?locale=ja&publishSpecificLocale=ja`,
          { _status: 'published' },
          translator,
        )
      ).status,
    ).toBe(403)
    expect(
      (
        await patch(
          `/news-releases/${doc.id}?locale=es&publishSpecificLocale=es`,
          { title: 'Refugio', _status: 'published' },
          translator,
        )
      ).status,
    ).toBe(403)

    // A save without ?draft=true, even one that asks for "draft" status, changes only the draft.
    expect(
      (
        await patch(
          `/news-releases/${doc.id}?locale=ja`,
          { title: '大阪にシェルターが開設' },
          translator,
        )
      ).status,
    ).toBe(200)
    expect(
      (await patch(`/news-releases/${doc.id}?locale=ja`, { _status: 'draft' }, translator)).status,
    ).toBe(200)
    const ja = await anonymous(`/news-releases/${doc.id}?locale=ja`)
    expect(ja.status).toBe(200)
    expect(ja.body.title).toBe('大阪にシェルター開設')
    const latest = await payload.findByID({
      collection: 'news-releases',
      id: doc.id,
      locale: 'ja',
      draft: true,
    })
    expect(latest.title).toBe('大阪にシェルターが開設')
  })
})

describe('versions, autosave and scheduled publishing', () => {
  it('an autosave keeps a draft and the public still reads the published text', async () => {
    const doc = await englishRelease('Autosaved release')
    expect(
      (
        await patch(
          `/news-releases/${doc.id}?locale=en&draft=true&autosave=true`,
          { title: 'Autosaved release, half edited' },
          editor,
        )
      ).status,
    ).toBe(200)
    expect((await anonymous(`/news-releases/${doc.id}?locale=en`)).body.title).toBe(
      'Autosaved release',
    )
    const latest = await payload.findByID({
      collection: 'news-releases',
      id: doc.id,
      locale: 'en',
      draft: true,
    })
    expect(latest.title).toBe('Autosaved release, half edited')
  })

  it('an earlier version can be restored, and versions are for staff only', async () => {
    const doc = await payload.create({
      collection: 'partners',
      locale: 'en',
      data: { ...validData.partners(), description: 'First description' },
    })
    await patch(
      `/partners/${doc.id}?locale=en&publishSpecificLocale=en`,
      { description: 'Second description', _status: 'published' },
      editor,
    )
    const versions = await fetch(
      `${api.url}/api/partners/versions?where[parent][equals]=${doc.id}&sort=createdAt&locale=en`,
      { headers: editor },
    )
    const { docs } = (await versions.json()) as {
      docs: { id: number; version: { description?: string } }[]
    }
    const first = docs.find((version) => version.version.description === 'First description')
    expect(first).toBeDefined()

    const restored = await fetch(`${api.url}/api/partners/versions/${first!.id}?locale=en`, {
      method: 'POST',
      headers: editor,
    })
    expect(restored.status).toBe(200)
    const current = await payload.findByID({
      collection: 'partners',
      id: doc.id,
      locale: 'en',
      draft: true,
    })
    expect(current.description).toBe('First description')

    expect((await anonymous(`/partners/versions?where[parent][equals]=${doc.id}`)).status).toBe(403)
    expect((await anonymous(`/news-releases/versions`)).status).toBe(403)
    expect((await anonymous(`/contacts/versions`)).status).toBe(403)
  })

  it('a page can be scheduled to publish one language, and to be taken down in every language', async () => {
    const doc = await payload.create({
      collection: 'committees',
      locale: 'en',
      data: { ...validData.committees() },
    })
    await patch(`/committees/${doc.id}?locale=ja&draft=true`, { name: 'テスト委員会' }, translator)
    expect((await anonymous(`/committees/${doc.id}?locale=ja`)).status).toBe(404)

    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', locale: 'ja', doc: { relationTo: 'committees', value: doc.id } },
      waitUntil: new Date(Date.now() - 1000),
    })
    await payload.jobs.run()
    const ja = await anonymous(`/committees/${doc.id}?locale=ja`)
    expect(ja.status).toBe(200)
    expect(ja.body.name).toBe('テスト委員会')

    // A scheduled unpublish takes the page down in every language, not only the default one.
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'unpublish', doc: { relationTo: 'committees', value: doc.id } },
      waitUntil: new Date(Date.now() - 1000),
    })
    await payload.jobs.run()
    expect((await anonymous(`/committees/${doc.id}?locale=en`)).status).toBe(404)
    expect((await anonymous(`/committees/${doc.id}?locale=ja`)).status).toBe(404)
  })
})
