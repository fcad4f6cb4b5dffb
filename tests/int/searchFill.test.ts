// The search index's fill on start (scripts/prepare.ts): an empty index is filled, a current one
// is left alone, a version change indexes everything again, and changes made without the hooks
// (to any document, not only the newest) are caught up with.
import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { querySearch } from '@/content/queries/search'
import { searchedKinds } from '@/documents/kinds'
import {
  indexedDocument,
  publishedWhere,
  readForIndex,
  SEARCH_INDEX_VERSION,
} from '@/search/entries'
import { fillSearchIndex } from '@/search/fill'
import { searchStore } from '@/search/stores'
import { withSeededPayload } from '../helpers/seededPayload'

let payload: Payload
withSeededPayload((started) => (payload = started))

const kinds = searchedKinds.map((kind) => kind.collection)
const published = async () => {
  let total = 0
  for (const collection of kinds)
    total += (await payload.db.count({ collection, locale: 'all', where: publishedWhere }))
      .totalDocs
  return total
}
const results = async () =>
  Promise.all(
    [
      ['es', 'trata'],
      ['ja', '人身'],
      ['en', 'IMADR'],
    ].map(async ([locale, q]) => (await querySearch(payload, locale as 'en', q)).items),
  )
const stampsOf = async () =>
  (await Promise.all(kinds.map((kind) => searchStore(payload).stamps(kind)))).flatMap((map) => [
    ...map.values(),
  ])

describe('filling the search index', () => {
  it('finds a current index current at once, and fills an emptied one to give the same results', async () => {
    expect(await fillSearchIndex(payload)).toMatchObject({ changed: [], written: 0, removed: 0 })
    const before = await results()
    expect(before.every((items) => items.length > 0)).toBe(true)

    for (const kind of kinds)
      for (const id of (await searchStore(payload).stamps(kind)).keys())
        await searchStore(payload).remove(kind, id)
    expect((await results()).every((items) => items.length === 0)).toBe(true)

    const filled = await fillSearchIndex(payload)
    expect(filled.changed).toEqual(kinds)
    expect(filled.written).toBe(await published())
    expect(await results()).toEqual(before)
  })

  it('indexes every document again when the version changes, and then finds it current', async () => {
    const before = await results()
    const next = SEARCH_INDEX_VERSION + 1
    const rebuilt = await fillSearchIndex(payload, { version: next })
    expect(rebuilt.written).toBe(await published())
    expect((await stampsOf()).every((stamp) => stamp.version === next)).toBe(true)
    expect(await results()).toEqual(before)
    expect(await fillSearchIndex(payload, { version: next })).toMatchObject({ changed: [] })
    // Back to the running version, as the next start would.
    expect((await fillSearchIndex(payload)).written).toBe(await published())
  })

  it('catches up with an index left behind: any document changed since, another gone', async () => {
    // Public releases (the demo's newest is under embargo): an older one edited, the newest after it.
    const { docs } = await payload.find({
      collection: 'news-releases',
      sort: '-publishedAt',
      limit: 3,
      depth: 0,
      overrideAccess: false,
    })
    const [newest, , edited] = docs
    const indexedNow = async () => {
      const found = await readForIndex(payload, 'news-releases', {
        where: { id: { equals: edited.id } },
        limit: 1,
      })
      return indexedDocument('news-releases', found.docs[0])!
    }
    const before = await indexedNow()
    await payload.update({
      collection: 'news-releases',
      id: edited.id,
      locale: 'en',
      data: { summary: 'A quillwort survey.' },
    })
    // The index as code without the hooks would leave it: the edit not in it, though a later
    // change to another document (the newest of all now) is.
    await searchStore(payload).put([before])
    await payload.update({
      collection: 'news-releases',
      id: newest.id,
      locale: 'en',
      data: { dateline: 'Geneva' },
    })
    const slugs = async (q: string) =>
      (await querySearch(payload, 'en', q)).items.map((item) => item.slug)
    expect(await slugs('quillwort')).toEqual([])

    const caughtUp = await fillSearchIndex(payload)
    expect(caughtUp).toMatchObject({ changed: ['news-releases'], written: 1, removed: 0 })
    expect(await slugs('quillwort')).toEqual([edited.slug])
    const stamps = await searchStore(payload).stamps('news-releases')
    expect(stamps.get(String(edited.id))?.updatedAt).toBe((await indexedNow()).updatedAt)

    // A document the index holds that is gone from the database.
    await searchStore(payload).put([{ ...before, id: '987654' }])
    expect(await fillSearchIndex(payload)).toMatchObject({ written: 0, removed: 1 })
    expect((await searchStore(payload).stamps('news-releases')).has('987654')).toBe(false)
  })
})
