// Past page 100 the news list is counted first and a page past the middle is read from the list's
// end (src/content/queries/pageFromNearerEnd.ts). Read that way, every page must still hold exactly
// the releases it holds read from the front, in the same order, also among releases published at
// the same moment, with and without a filter; and a page past the last holds nothing.
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { queryNewsReleases } from '@/content/queries/newsReleases'
import { validData } from '../helpers/fixtures'
import { withSeededPayload } from '../helpers/seededPayload'

let payload: Payload
const AREA = 'migrant-workers-rights'
// At two releases a page, over 100 pages: those past the 100th are read from the end, some with
// a read of two, some of three or more to skip from (the demo content's releases make the count odd).
const PER_PAGE = 2
const ADDED = 210

withSeededPayload((started) => (payload = started))

beforeAll(async () => {
  const { docs } = await payload.find({
    collection: 'focus-areas',
    where: { slug: { equals: AREA } },
    depth: 0,
  })
  // All published at the same moment (validData's date), so only the tie-break orders them.
  for (let i = 0; i < ADDED; i++) {
    await payload.create({
      collection: 'news-releases',
      data: { ...validData['news-releases'](), focusAreas: [docs[0].id] },
      context: { disableRevalidate: true },
    })
  }
}, 300_000)

const everyPageInTurn = async (filter: { focusArea?: string }) => {
  const all = await queryNewsReleases(payload, 'en', { ...filter, perPage: 500 })
  const totalPages = Math.ceil(all.totalItems / PER_PAGE)
  expect(totalPages).toBeGreaterThan(100)
  const slugs: string[] = []
  for (let page = 1; page <= totalPages; page++) {
    const one = await queryNewsReleases(payload, 'en', { ...filter, page, perPage: PER_PAGE })
    expect(one.totalPages).toBe(totalPages)
    slugs.push(...one.items.map((item) => item.slug))
  }
  return { all, slugs }
}

describe('news list pages far from the first', () => {
  it('each holds the release it holds when the list is read from the front', async () => {
    const { all, slugs } = await everyPageInTurn({})
    expect(slugs).toEqual(all.items.map((item) => item.slug))
  })

  it('the same with a focus area filter', async () => {
    const { all, slugs } = await everyPageInTurn({ focusArea: AREA })
    expect(slugs).toEqual(all.items.map((item) => item.slug))
  })

  it('a page past the last holds nothing, and says how many there are', async () => {
    const all = await queryNewsReleases(payload, 'en', { perPage: 500 })
    const lastPage = Math.ceil(all.totalItems / PER_PAGE)
    const past = await queryNewsReleases(payload, 'en', { page: lastPage + 1, perPage: PER_PAGE })
    expect(past.items).toEqual([])
    expect(past.totalPages).toBeLessThan(lastPage + 1)
  })
})
