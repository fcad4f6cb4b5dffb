// Search: words in Japanese and Spanish text, accents and case, words in the body after an edit.
import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { validData } from '../helpers/fixtures'
import { querySearch } from '@/content/queries/search'
import { toLexical } from '@/seed/lexical'
import { withSeededPayload } from '../helpers/seededPayload'

let payload: Payload
withSeededPayload((started) => (payload = started))

describe('search', () => {
  // What a result was matched on: its search text in the reader's language, or the English one.
  const searchTextsOf = async (
    item: { kind: string; slug: string },
    locale: 'en' | 'ja' | 'es',
  ) => {
    const texts: string[] = []
    for (const l of new Set([locale, 'en'] as const)) {
      const { docs } = await payload.find({
        collection: item.kind as 'news-releases',
        where: { slug: { equals: item.slug } },
        locale: l,
        fallbackLocale: false,
        context: { withSearchText: true },
        depth: 0,
      })
      texts.push(String((docs[0] as { searchText?: string } | undefined)?.searchText ?? ''))
    }
    return texts
  }

  it('finds a Japanese word inside unspaced Japanese text', async () => {
    // 取引 stands inside 人身取引 with no spaces around it.
    const results = await querySearch(payload, 'ja', '取引')
    expect(results.totalItems).toBeGreaterThan(0)
    expect(
      results.items.some(
        (item) => item.kind === 'news-releases' && item.title?.value.includes('人身取引'),
      ),
    ).toBe(true)
    for (const item of results.items)
      expect((await searchTextsOf(item, 'ja')).some((text) => text.includes('取引'))).toBe(true)
    const both = await querySearch(payload, 'ja', '人身')
    expect(both.items.map((item) => item.kind)).toEqual(
      expect.arrayContaining(['focus-areas', 'news-releases']),
    )
  })

  it('finds Spanish words, all of them required, anywhere in the document', async () => {
    const one = await querySearch(payload, 'es', 'trata')
    const two = await querySearch(payload, 'es', 'trata Argentina')
    expect(one.totalItems).toBeGreaterThan(two.totalItems)
    expect(two.totalItems).toBeGreaterThan(0)
    for (const item of two.items) {
      expect(
        (await searchTextsOf(item, 'es')).some(
          (text) => text.includes('trata') && text.includes('argentina'),
        ),
      ).toBe(true)
    }
  })

  it('ignores accents and case, as Spanish readers type', async () => {
    const withAccents = await querySearch(payload, 'es', 'migración')
    expect(withAccents.totalItems).toBeGreaterThan(0)
    const plain = await querySearch(payload, 'es', 'MIGRACION')
    expect(plain.items.map((item) => item.slug)).toEqual(withAccents.items.map((item) => item.slug))
  })

  it('finds words in the body, in the reader’s language, and after an edit', async () => {
    const release = await payload.create({
      collection: 'news-releases',
      data: {
        ...validData['news-releases'](),
        summary: 'A summary without the word.',
        body: toLexical([
          { type: 'paragraph', text: 'The hearing in Quetzaltenango drew many families.' },
        ]) as never,
      },
      locale: 'en',
    })
    await payload.update({
      collection: 'news-releases',
      id: release.id,
      locale: 'es',
      data: {
        _status: 'published',
        title: 'Audiencia pública',
        body: toLexical([
          { type: 'paragraph', text: 'La audiencia en Quetzaltenango reunió a muchas familias.' },
        ]) as never,
      },
    })
    const slugsFor = async (locale: 'en' | 'es', q: string) =>
      (await querySearch(payload, locale, q)).items.map((item) => item.slug)
    expect(await slugsFor('en', 'quetzaltenango families')).toContain(release.slug)
    expect(await slugsFor('es', 'quetzaltenango familias')).toContain(release.slug)
    // Words from two fields (title and body) together.
    expect(await slugsFor('es', 'audiencia quetzaltenango')).toContain(release.slug)

    await payload.update({
      collection: 'news-releases',
      id: release.id,
      locale: 'es',
      data: {
        body: toLexical([{ type: 'paragraph', text: 'La audiencia se celebró en Xela.' }]) as never,
      },
    })
    expect(await slugsFor('es', 'familias quetzaltenango')).not.toContain(release.slug)
    expect(await slugsFor('es', 'audiencia xela')).toContain(release.slug)
    // The index is never part of what readers or the API get back.
    const read = await payload.findByID({
      collection: 'news-releases',
      id: release.id,
      locale: 'es',
      overrideAccess: false,
    })
    expect(JSON.stringify(read)).not.toContain('searchText')
    await payload.delete({ collection: 'news-releases', id: release.id })
  })
})
