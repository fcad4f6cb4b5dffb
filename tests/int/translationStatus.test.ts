// Translation status: missing, outdated (the English changed after the translation was last
// saved) or current, kept through the same REST calls the admin makes, and the dashboard's list.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

jest.unstable_mockModule('next/cache', () => ({
  revalidateTag: () => undefined,
  unstable_cache: (fn: () => unknown) => fn,
}))
jest.unstable_mockModule('next/server', () => ({ after: () => undefined }))

const { validData } = await import('../helpers/fixtures')

const { changedSinceTranslation } = await import('@/documents/translationStatus')
const { queryTranslationWork } = await import('@/admin/translationWork')
const { patch, recordOf, startTranslationApi, statesOf, stopTranslationApi, tick } =
  await import('./translationStatus/api')
type Fixtures = Awaited<ReturnType<typeof startTranslationApi>>

let payload: Payload
let api: Fixtures['api']
let editor: Fixtures['editor']
let translator: Fixtures['translator']

beforeAll(async () => {
  ;({ payload, api, editor, translator } = await startTranslationApi())
})
afterAll(async () => {
  await stopTranslationApi()
})

describe('the status of each translation', () => {
  it('goes from missing to current when translated, outdated when the English changes, current again when saved', async () => {
    const doc = await payload.create({
      collection: 'news-releases',
      locale: 'en',
      data: {
        ...validData['news-releases'](),
        title: 'Raids in Chiba',
        summary: 'Police raided two sites.',
      },
    })
    expect(await statesOf('news-releases', doc.id)).toEqual({ ja: 'missing', es: 'missing' })

    await tick()
    await patch(
      `/news-releases/${doc.id}?locale=ja&draft=true`,
      { title: '千葉で一斉摘発', summary: '警察が2か所を捜索した。' },
      translator.auth,
    )
    expect(await statesOf('news-releases', doc.id)).toEqual({ ja: 'current', es: 'missing' })

    // Changing what all languages share, or saving the English unchanged, outdates nothing.
    await tick()
    await patch(`/news-releases/${doc.id}?locale=en`, { scope: 'country' }, editor.auth)
    await patch(`/news-releases/${doc.id}?locale=en`, { title: 'Raids in Chiba' }, editor.auth)
    expect(await statesOf('news-releases', doc.id)).toEqual({ ja: 'current', es: 'missing' })

    await tick()
    await patch(
      `/news-releases/${doc.id}?locale=en`,
      { summary: 'Police raided three sites.' },
      editor.auth,
    )
    expect(await statesOf('news-releases', doc.id)).toEqual({ ja: 'outdated', es: 'missing' })
    // And which English field changed since the Japanese was saved: the summary, not the title.
    expect(changedSinceTranslation(await recordOf('news-releases', doc.id), 'ja')).toEqual([
      'summary',
    ])
    await tick()
    await patch(
      `/news-releases/${doc.id}?locale=en`,
      { title: 'Raids in Chiba Prefecture' },
      editor.auth,
    )
    expect(changedSinceTranslation(await recordOf('news-releases', doc.id), 'ja')).toEqual([
      'summary',
      'title',
    ])

    // An autosave is work in progress; saving by hand makes the translation current.
    await tick()
    await patch(
      `/news-releases/${doc.id}?locale=ja&draft=true&autosave=true`,
      { summary: '警察が3か所を' },
      translator.auth,
    )
    expect((await statesOf('news-releases', doc.id)).ja).toBe('outdated')
    await tick()
    await patch(
      `/news-releases/${doc.id}?locale=ja&draft=true`,
      { summary: '警察が3か所を捜索した。' },
      translator.auth,
    )
    expect(await statesOf('news-releases', doc.id)).toEqual({ ja: 'current', es: 'missing' })
    expect(changedSinceTranslation(await recordOf('news-releases', doc.id), 'ja')).toEqual([])
  })

  it('a translation emptied again is missing', async () => {
    const doc = await payload.create({
      collection: 'contacts',
      locale: 'en',
      data: { ...validData.contacts(), role: 'Press officer', office: 'Tokyo' },
    })
    await patch(
      `/contacts/${doc.id}?locale=es`,
      { role: 'Responsable de prensa', office: 'Tokio' },
      translator.auth,
    )
    expect((await statesOf('contacts', doc.id)).es).toBe('current')
    await patch(`/contacts/${doc.id}?locale=es`, { role: '', office: '' }, translator.auth)
    expect((await statesOf('contacts', doc.id)).es).toBe('missing')
  })

  it('is kept by the server alone: a client cannot set it, and the public never sees it', async () => {
    const doc = await payload.create({
      collection: 'news-releases',
      locale: 'en',
      data: { ...validData['news-releases'](), title: 'Forged status' },
    })
    const forged = {
      sourceChangedAt: '2000-01-01T00:00:00.000Z',
      savedAt: { ja: '2030-01-01T00:00:00.000Z' },
      hasText: { ja: true },
    }
    await patch(`/news-releases/${doc.id}?locale=en`, { translationStatus: forged }, editor.auth)
    expect((await statesOf('news-releases', doc.id)).ja).toBe('missing')

    const res = await fetch(`${api.url}/api/news-releases/${doc.id}?locale=en`)
    expect(res.status).toBe(200)
    expect(await res.json()).not.toHaveProperty('translationStatus')
  })
})

describe('the dashboard’s translation work', () => {
  it('lists, per language, the outdated translations first and the missing ones, for the user who asks', async () => {
    const outdated = await payload.create({
      collection: 'focus-areas',
      locale: 'en',
      data: { ...validData['focus-areas'](), title: 'Forced labour at sea' },
    })
    await patch(
      `/focus-areas/${outdated.id}?locale=ja&draft=true`,
      { title: '海上の強制労働' },
      translator.auth,
    )
    await patch(
      `/focus-areas/${outdated.id}?locale=es&draft=true`,
      { title: 'Trabajo forzoso en el mar' },
      translator.auth,
    )
    await tick()
    await patch(
      `/focus-areas/${outdated.id}?locale=en`,
      { summary: 'Fishing crews held on boats for months.' },
      editor.auth,
    )
    await tick()
    await patch(
      `/focus-areas/${outdated.id}?locale=es&draft=true`,
      { summary: 'Tripulaciones retenidas durante meses.' },
      translator.auth,
    )

    const untranslated = await payload.create({
      collection: 'focus-areas',
      locale: 'en',
      data: { ...validData['focus-areas'](), title: 'Debt bondage' },
    })

    const work = await queryTranslationWork(payload, translator.user as never)
    const ja = work.ja.filter((task) => task.collection === 'focus-areas')
    // Each language's column names a document in that language; the English only where there is no translation yet, and says so.
    expect(ja[0]).toMatchObject({
      id: outdated.id,
      title: '海上の強制労働',
      titleLocale: 'ja',
      state: 'outdated',
    })
    expect(ja.find((task) => task.id === untranslated.id)).toMatchObject({
      title: 'Debt bondage',
      titleLocale: 'en',
      state: 'missing',
    })
    expect(
      work.es.find((task) => task.id === untranslated.id && task.collection === 'focus-areas'),
    ).toMatchObject({ title: 'Debt bondage', titleLocale: 'en' })
    expect(work.ja.findIndex((task) => task.state === 'missing')).toBeGreaterThan(
      work.ja.findIndex((task) => task.state === 'outdated'),
    )
    expect(
      work.es.find((task) => task.id === outdated.id && task.collection === 'focus-areas'),
    ).toBeUndefined()
    // Every other document made in this file still lacks a Spanish translation somewhere.
    expect(work.es.every((task) => task.state === 'missing' || task.state === 'outdated')).toBe(
      true,
    )
  })
})
