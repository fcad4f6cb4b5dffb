// Search results: committees and partners by code, paging and ranking, query limits, dates, and
// only published translations.
import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { validData } from '../helpers/fixtures'
import { normaliseQuery, querySearch } from '@/content/queries/search'
import { HOME_TIME_ZONE } from '@/lib/timeZones'
import { withSeededPayload } from '../helpers/seededPayload'

let payload: Payload
withSeededPayload((started) => (payload = started))

describe('search', () => {
  it('finds committees and partners by code or acronym, and pages the results', async () => {
    expect((await querySearch(payload, 'en', 'WOCON')).items.map((item) => item.kind)).toContain(
      'partners',
    )
    expect((await querySearch(payload, 'en', 'LAB')).items.map((item) => item.slug)).toContain(
      'latin-american-base',
    )
    const first = await querySearch(payload, 'en', 'IMADR')
    expect(first.totalItems).toBeGreaterThan(10)
    expect(first.items).toHaveLength(10)
    const second = await querySearch(payload, 'en', 'IMADR', 2)
    expect(second.items[0]).not.toEqual(first.items[0])
  })

  it('an empty or blank query finds nothing, wildcards match only themselves, and a long query is cut short', async () => {
    expect((await querySearch(payload, 'en', '   ')).totalItems).toBe(0)
    expect((await querySearch(payload, 'en', '%')).totalItems).toBe(0)
    expect((await querySearch(payload, 'en', '_')).totalItems).toBe(0)
    expect(normaliseQuery('a'.repeat(500))).toHaveLength(100)
  })

  it('dates each hit: a release by its publish date in its own zone, other kinds by their last change, saying which', async () => {
    const release = (await querySearch(payload, 'es', 'talleres argentina')).items.find(
      (item) => item.slug === 'new-workshop-series-on-trafficking-begins-in-argentina',
    )
    expect(release?.kind).toBe('news-releases')
    expect(release?.date).toEqual({
      meaning: 'published',
      at: '2026-05-20T14:00:00.000Z',
      timeZone: 'America/Argentina/Buenos_Aires',
    })

    const results = await querySearch(payload, 'ja', '人身')
    const area = results.items.find((item) => item.kind === 'focus-areas')
    const stored = await payload.find({
      collection: 'focus-areas',
      where: { slug: { equals: area?.slug } },
      depth: 0,
      limit: 1,
    })
    expect(area?.date).toEqual({
      meaning: 'updated',
      at: stored.docs[0].updatedAt,
      timeZone: HOME_TIME_ZONE,
    })
    const committee = (await querySearch(payload, 'en', 'LAB')).items.find(
      (item) => item.kind === 'committees',
    )
    expect(committee?.date.meaning).toBe('updated')
    expect(Number.isNaN(Date.parse(committee?.date.at ?? ''))).toBe(false)
  })

  it('pages in the index: every match once, title matches first, then the others, each newest first', async () => {
    const first = await querySearch(payload, 'en', 'IMADR')
    const pages = [first.items]
    for (let page = 2; page <= first.totalPages; page++)
      pages.push((await querySearch(payload, 'en', 'IMADR', page)).items)
    const all = pages.flat()
    expect(all).toHaveLength(first.totalItems)
    expect(new Set(all.map((item) => `${item.kind}:${item.slug}`)).size).toBe(all.length)
    // IMADR is in some titles (of releases) and only in the text of others (of every kind).
    const inTitle = (item: (typeof all)[number]) => /imadr/i.test(item.title?.value ?? '')
    const titled = all.filter(inTitle)
    expect(titled.length).toBeGreaterThan(1)
    expect(all.slice(0, titled.length)).toEqual(titled)
    const rest = all.slice(titled.length)
    expect(new Set(rest.map((item) => item.kind)).size).toBeGreaterThan(2)
    // Each part newest first, whatever the kind: a release by its publish date, others by their last change.
    for (const part of [titled, rest]) {
      const dates = part.map((item) => item.date.at)
      expect(dates).toEqual([...dates].sort().reverse())
    }
  })

  it('does not find a document by the words of a translation that is not published', async () => {
    const release = await payload.create({
      collection: 'news-releases',
      locale: 'en',
      data: { ...validData['news-releases'](), title: 'Hearing notice' },
    })
    await payload.update({
      collection: 'news-releases',
      id: release.id,
      locale: 'es',
      data: { title: 'Aviso zacatecas', _status: 'published' },
    })
    expect(
      (await querySearch(payload, 'es', 'zacatecas')).items.map((item) => item.slug),
    ).toContain(release.slug)
    // Unpublished again: the Spanish text stays stored, but finds nothing.
    await payload.update({
      collection: 'news-releases',
      id: release.id,
      locale: 'es',
      data: { _status: 'draft' },
    })
    expect(
      (await querySearch(payload, 'es', 'zacatecas')).items.map((item) => item.slug),
    ).not.toContain(release.slug)
    expect(
      (await querySearch(payload, 'es', 'hearing notice')).items.map((item) => item.slug),
    ).toContain(release.slug)
    await payload.delete({ collection: 'news-releases', id: release.id })
  })
})
