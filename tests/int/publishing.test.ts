// Publishing one language at a time, as the admin does it over REST, and exactly what the public
// (REST, GraphQL and the site's read layer) then sees.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

jest.unstable_mockModule('next/cache', () => ({
  revalidateTag: () => undefined,
  unstable_cache: (fn: () => unknown) => fn,
}))
jest.unstable_mockModule('next/server', () => ({ after: () => undefined }))

const { validData } = await import('../helpers/fixtures')

const { queryNewsRelease, queryNewsReleases } = await import('@/content/queries/newsReleases')
const { queryFocusArea } = await import('@/content/queries/focusAreas')
const { sitemapDocuments } = await import('../helpers/sitemap')
const { anonymous, englishRelease, graphql, patch, startPublishingApi, stopPublishingApi } =
  await import('./publishing/api')

let payload: Payload
let editor: Record<string, string>
let translator: Record<string, string>

beforeAll(async () => {
  ;({ payload, editor, translator } = await startPublishingApi())
})
afterAll(async () => {
  await stopPublishingApi()
})

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
    const sitemap = (await sitemapDocuments(payload)).find((entry) => entry.slug === doc.slug)
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
    const sitemap = (await sitemapDocuments(payload)).find((entry) => entry.slug === doc.slug)
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
