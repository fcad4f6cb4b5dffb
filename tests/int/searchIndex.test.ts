// The search index kept by the collections' hooks, on this file's database, through the Local API:
// publishing, translating, unpublishing, drafts and deletes; each language found by its own words.
import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { validData } from '../helpers/fixtures'
import { withPayload } from '../helpers/payload'
import { querySearch } from '@/content/queries/search'
import { toLexical } from '@/seed/lexical'

let payload: Payload
withPayload((started) => (payload = started))

type Locale = 'en' | 'ja' | 'es'
const slugsFor = async (locale: Locale, q: string) =>
  (await querySearch(payload, locale, q)).items.map((item) => item.slug)
/** Whether each language's search for `q` finds the document. */
const foundIn = async (slug: string | null | undefined, q: string) =>
  Object.fromEntries(
    await Promise.all(
      (['en', 'ja', 'es'] as const).map(async (l) => [l, (await slugsFor(l, q)).includes(slug!)]),
    ),
  )

const release = (title: string, text: string, extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'news-releases',
    locale: 'en',
    data: {
      ...validData['news-releases'](),
      title,
      body: toLexical([{ type: 'paragraph', text }]) as never,
      ...extra,
    },
  })

describe('the search index', () => {
  it('finds a published document in every language, an unpublished translation by its English words', async () => {
    const doc = await release('Zorblat hearing', 'Families met in Quexlin.')
    expect(await foundIn(doc.slug, 'zorblat quexlin')).toEqual({ en: true, ja: true, es: true })

    // Spanish published: found by its own words in Spanish, no longer by the English ones there.
    await payload.update({
      collection: 'news-releases',
      id: doc.id,
      locale: 'es',
      data: {
        title: 'Audiencia zorblat',
        body: toLexical([{ type: 'paragraph', text: 'Familias en Wemberó.' }]) as never,
        _status: 'published',
      },
    })
    expect(await foundIn(doc.slug, 'wembero')).toEqual({ en: false, ja: false, es: true })
    expect(await foundIn(doc.slug, 'quexlin')).toEqual({ en: true, ja: true, es: false })

    // Spanish unpublished again: Spanish readers find the English once more.
    await payload.update({
      collection: 'news-releases',
      id: doc.id,
      locale: 'es',
      data: { _status: 'draft' },
    })
    expect(await foundIn(doc.slug, 'wembero')).toEqual({ en: false, ja: false, es: false })
    expect(await foundIn(doc.slug, 'quexlin')).toEqual({ en: true, ja: true, es: true })

    // A draft over the published English changes nothing found until it is published.
    await payload.update({
      collection: 'news-releases',
      id: doc.id,
      locale: 'en',
      draft: true,
      data: { title: 'Zorblat hearing postponed', _status: 'draft' },
    })
    expect(await slugsFor('en', 'postponed zorblat')).not.toContain(doc.slug)
    expect(await slugsFor('en', 'zorblat hearing')).toContain(doc.slug)
    await payload.update({
      collection: 'news-releases',
      id: doc.id,
      locale: 'en',
      data: { title: 'Zorblat hearing postponed', _status: 'published' },
    })
    expect(await slugsFor('en', 'postponed zorblat')).toContain(doc.slug)

    await payload.delete({ collection: 'news-releases', id: doc.id })
    expect(await foundIn(doc.slug, 'zorblat')).toEqual({ en: false, ja: false, es: false })
  })

  it('leaves out what is not published in any language, and a release until its embargo', async () => {
    const draft = await payload.create({
      collection: 'news-releases',
      locale: 'en',
      draft: true,
      data: { ...validData['news-releases'](), title: 'Plimsoq draft', _status: 'draft' },
    })
    expect(await slugsFor('en', 'plimsoq')).toEqual([])
    const later = new Date(Date.now() + 3_600_000).toISOString()
    const embargoed = await release('Plimsoq embargoed', 'Not yet.', { embargoUntil: later })
    expect(await slugsFor('en', 'plimsoq')).toEqual([])
    // Published and past its embargo: found (the embargo's own job is not needed for that).
    await payload.update({
      collection: 'news-releases',
      id: embargoed.id,
      data: { embargoUntil: null } as never,
    })
    expect(await slugsFor('en', 'plimsoq')).toEqual([embargoed.slug])
    await payload.update({
      collection: 'news-releases',
      id: embargoed.id,
      locale: 'en',
      data: { _status: 'draft' },
    })
    expect(await slugsFor('en', 'plimsoq')).toEqual([])
    for (const id of [draft.id, embargoed.id])
      await payload.delete({ collection: 'news-releases', id })
  })

  it('ranks title matches first, then the others, each newest first, across kinds', async () => {
    const older = await release('Vantor report', 'Text.', {
      publishedAt: '2020-01-01T00:00:00.000Z',
    })
    const newer = await release('Vantor review', 'Text.', {
      publishedAt: '2021-01-01T00:00:00.000Z',
    })
    const inBody = await release('Annual review', 'The vantor study.', {
      publishedAt: '2022-01-01T00:00:00.000Z',
    })
    // A focus area is dated by its last change: now, newer than every release above.
    const area = await payload.create({
      collection: 'focus-areas',
      locale: 'en',
      data: { ...validData['focus-areas'](), summary: 'On vantor work.' },
    })
    expect(await slugsFor('en', 'vantor')).toEqual([newer.slug, older.slug, area.slug, inBody.slug])
    // Every word in the title: "vantor review" is in one title, and in the other's text and title.
    expect(await slugsFor('en', 'vantor review')).toEqual([newer.slug, inBody.slug])
    // A page past the last holds nothing, and still says how many match.
    const past = await querySearch(payload, 'en', 'vantor', 9999)
    expect([past.items, past.totalItems]).toEqual([[], 4])
  })

  it('finds Japanese words inside unspaced text, and folds case, accents and full-width forms', async () => {
    const doc = await release('Trainee programme reviewed', 'Migración laboral en PERÚ.')
    await payload.update({
      collection: 'news-releases',
      id: doc.id,
      locale: 'ja',
      data: { title: '外国人技能実習制度の見直し', _status: 'published' },
    })
    for (const word of ['実習', '技能実習', '見直し', '実', 'し'])
      expect(await slugsFor('ja', word)).toContain(doc.slug)
    expect(await slugsFor('ja', '実技')).not.toContain(doc.slug)
    for (const word of ['migracion', 'MIGRACIÓN', 'Ｐｅｒú', 'migra', 'pe'])
      expect(await slugsFor('es', word)).toContain(doc.slug)
    // Latin words are found by their beginning, not their middle.
    expect(await slugsFor('es', 'gracion')).not.toContain(doc.slug)
  })
})
