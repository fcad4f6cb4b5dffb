// The news list reads a page past the middle backwards; every page must still hold exactly its own
// items, in order, however the list's length falls against the page size.
import { describe, expect, it } from '@jest/globals'
import { pageFromNearerEnd } from '@/content/queries/pageFromNearerEnd'

/** What reading `page` the way pageFromNearerEnd says returns, from a list of `total` items. */
const readPage = (total: number, page: number, perPage: number) => {
  const list = Array.from({ length: total }, (_, i) => i)
  const read = pageFromNearerEnd(total, page, perPage)
  const ordered = read.reversed ? [...list].reverse() : list
  const fetched = ordered.slice((read.page - 1) * read.limit, read.page * read.limit)
  const items = fetched.slice(read.skip, read.skip + read.count)
  return { read, items: read.reversed ? items.reverse() : items }
}

describe('reading a page from the nearer end of a list', () => {
  it('gives each page exactly its items, for every length and page size', () => {
    for (let total = 0; total <= 120; total++) {
      for (const perPage of [1, 3, 7, 10]) {
        const pages = Math.max(1, Math.ceil(total / perPage))
        for (let page = 1; page <= pages + 1; page++) {
          const expected = Array.from({ length: total }, (_, i) => i).slice(
            (page - 1) * perPage,
            page * perPage,
          )
          expect(readPage(total, page, perPage).items).toEqual(expected)
        }
      }
    }
  })

  it('reads pages past the middle backwards, skipping no more than the pages after them', () => {
    const last = pageFromNearerEnd(9_836, 984, 10)
    expect(last).toMatchObject({ reversed: true, page: 1, skip: 0, count: 6 })
    const first = pageFromNearerEnd(9_836, 1, 10)
    expect(first).toEqual({ reversed: false, page: 1, limit: 10, skip: 0, count: 10 })
    for (const page of [600, 900, 983]) {
      const read = pageFromNearerEnd(9_836, page, 10)
      const rowsRead = read.page * read.limit
      expect(read.reversed).toBe(true)
      expect(rowsRead).toBeLessThanOrEqual(9_836 - (page - 1) * 10 + 10)
    }
  })
})
