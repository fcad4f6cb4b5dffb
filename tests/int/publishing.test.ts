// Publishing one language at a time, as the admin does it over REST, and exactly what the public
// (REST, GraphQL and the site's read layer) then sees; versions, autosave and scheduled publishing.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

jest.unstable_mockModule('next/cache', () => ({
  revalidateTag: () => undefined,
  unstable_cache: (fn: () => unknown) => fn,
}))
jest.unstable_mockModule('next/server', () => ({ after: () => undefined }))

const { validData } = await import('../helpers/fixtures')
const { createStaff, startPayload, stopPayload } = await import('../helpers/payload')
const { startApiServer } = await import('../helpers/httpServer')
const { queryNewsRelease, queryNewsReleases } = await import('@/content/queries/newsReleases')
const { queryFocusArea } = await import('@/content/queries/focusAreas')
const { querySitemapDocuments } = await import('@/content/queries/sitemap')

let payload: Payload
let api: Awaited<ReturnType<typeof startApiServer>>
let editor: Record<string, string>
let translator: Record<string, string>

beforeAll(async () => {
  payload = await startPayload()
  api = await startApiServer()
  editor = (await createStaff(payload, 'editor@example.org', ['editor'])).auth
  translator = (await createStaff(payload, 'translator@example.org', ['translator'])).auth
})
afterAll(async () => {
  await api?.close()
  await stopPayload(payload)
})

const patch = (path: string, body: unknown, auth: Record<string, string>) =>
  fetch(`${api.url}/api${path}`, {
    method: 'PATCH',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
const anonymous = async (path: string) => {
  const res = await fetch(`${api.url}/api${path}`)
  return { status: res.status, body: (await res.json()) as Record<string, any> }
}
const graphql = async (query: string) => {
  const res = await fetch(`${api.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  })
  return (await res.json()) as { data?: Record<string, any>; errors?: unknown[] }
}

/** A release published in English only, as an editor would leave it before the translations. */
const englishRelease = async (title: string) => {
  const doc = await payload.create({
    collection: 'news-releases',
    locale: 'en',
    data: { ...validData['news-releases'](), title, summary: `${title}: summary` },
  })
  return doc
}

describe('one language at a time', () => {
  it('a translation is a draft until that language is published, and publishing it leaves the others alone', async () => {
    const doc = await englishRelease('Hearing in Manila')
    // The translator's Spanish goes in as a draft; the English gets a newer draft from the editor.
    expect(
      (
        await patch(
          `/news-releases/${doc.id}?locale=es&draft=true`,
          { title: 'Audiencia en Manila', summary: 'Resumen' },
          translator,
        )
      ).status,
    ).toBe(200)
    expect(
      (
        await patch(
          `/news-releases/${doc.id}?locale=en&draft=true`,
          { title: 'Hearing in Manila (draft)' },
          editor,
        )
      ).status,
    ).toBe(200)

    expect((await anonymous(`/news-releases/${doc.id}?locale=es`)).status).toBe(404)
    expect((await anonymous(`/news-releases/${doc.id}?locale=all`)).body.title).toEqual({
      en: 'Hearing in Manila',
    })
    const before = await queryNewsRelease(payload, 'es', doc.slug!)
    expect(before?.title).toMatchObject({
      value: 'Hearing in Manila',
      lang: 'en',
      isFallback: true,
    })
    expect(before?.fallbackLang).toBe('en')
    expect(before?.availableLocales).toEqual(['en'])

    // The editor publishes Spanish alone, as the admin's "Publish in Español" does.
    const published = await patch(
      `/news-releases/${doc.id}?locale=es&publishSpecificLocale=es`,
      { _status: 'published' },
      editor,
    )
    expect(published.status).toBe(200)

    const es = await anonymous(`/news-releases/${doc.id}?locale=es`)
    expect(es.status).toBe(200)
    expect(es.body).toMatchObject({ title: 'Audiencia en Manila', summary: 'Resumen' })
    expect((await anonymous(`/news-releases/${doc.id}?locale=all`)).body.title).toEqual({
      en: 'Hearing in Manila',
      es: 'Audiencia en Manila',
    })
    // English keeps its published text; its draft stays a draft. Japanese was never published.
    expect((await anonymous(`/news-releases/${doc.id}?locale=en`)).body.title).toBe(
      'Hearing in Manila',
    )
    expect((await anonymous(`/news-releases/${doc.id}?locale=ja`)).status).toBe(404)

    const after = await queryNewsRelease(payload, 'es', doc.slug!)
    expect(after?.title).toMatchObject({
      value: 'Audiencia en Manila',
      lang: 'es',
      isFallback: false,
    })
    expect(after?.availableLocales).toEqual(['en', 'es'])
    expect((await queryNewsRelease(payload, 'ja', doc.slug!))?.title).toMatchObject({
      value: 'Hearing in Manila',
      isFallback: true,
    })
    const sitemap = (await querySitemapDocuments(payload)).find((entry) => entry.slug === doc.slug)
    expect(sitemap?.locales).toEqual(['en', 'es'])

    const list = await graphql(
      `{ NewsReleases(locale: es, where: { id: { equals: ${doc.id} } }) { docs { title } } }`,
    )
    expect(list.data?.NewsReleases.docs).toEqual([{ title: 'Audiencia en Manila' }])
  })

  it('unpublishing one language hides it and leaves the others published', async () => {
    const doc = await englishRelease('Report on domestic workers')
    await patch(
      `/news-releases/${doc.id}?locale=ja&publishSpecificLocale=ja`,
      { title: '家事労働者に関する報告書', _status: 'published' },
      editor,
    )
    expect((await anonymous(`/news-releases/${doc.id}?locale=ja`)).body.title).toBe(
      '家事労働者に関する報告書',
    )

    // The admin's "Unpublish in 日本語".
    expect(
      (await patch(`/news-releases/${doc.id}?locale=ja`, { _status: 'draft' }, editor)).status,
    ).toBe(200)
    expect((await anonymous(`/news-releases/${doc.id}?locale=ja`)).status).toBe(404)
    expect((await anonymous(`/news-releases/${doc.id}?locale=all`)).body.title).toEqual({
      en: 'Report on domestic workers',
    })
    expect((await anonymous(`/news-releases/${doc.id}?locale=en`)).status).toBe(200)
    expect((await queryNewsRelease(payload, 'ja', doc.slug!))?.availableLocales).toEqual(['en'])
    const gql = await graphql(
      `{ NewsReleases(locale: ja, where: { id: { equals: ${doc.id} } }) { docs { title } } }`,
    )
    expect(gql.data?.NewsReleases.docs).toEqual([])
  })

  it('a document published only in Spanish is shown in Spanish to every reader, and says so', async () => {
    const doc = await payload.create({
      collection: 'focus-areas',
      locale: 'en',
      draft: true,
      data: { title: 'Draft English title', _status: 'draft' },
    })
    await patch(
      `/focus-areas/${doc.id}?locale=es&publishSpecificLocale=es`,
      { title: 'Migración laboral', _status: 'published' },
      editor,
    )

    const en = await queryFocusArea(payload, 'en', doc.slug!)
    expect(en?.title).toMatchObject({ value: 'Migración laboral', lang: 'es', isFallback: true })
    expect(en?.fallbackLang).toBe('es')
    expect((await anonymous(`/focus-areas/${doc.id}?locale=all`)).body.title).toEqual({
      es: 'Migración laboral',
    })
    expect((await anonymous(`/focus-areas/${doc.id}?locale=en`)).status).toBe(404)
    const sitemap = (await querySitemapDocuments(payload)).find((entry) => entry.slug === doc.slug)
    expect(sitemap?.locales).toEqual(['es'])
  })

  it('nothing unpublished reaches the public lists', async () => {
    const draft = await payload.create({
      collection: 'news-releases',
      locale: 'en',
      draft: true,
      data: { ...validData['news-releases'](), title: 'Never published', _status: 'draft' },
    })
    const { items } = await queryNewsReleases(payload, 'en', { perPage: 100 })
    expect(items.map((item) => item.slug)).not.toContain(draft.slug)
    expect(
      (await anonymous(`/news-releases?locale=all&limit=50`)).body.docs.map(
        (d: { id: number }) => d.id,
      ),
    ).not.toContain(draft.id)
    expect((await anonymous(`/news-releases/${draft.id}?draft=true`)).status).toBe(404)
  })
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
