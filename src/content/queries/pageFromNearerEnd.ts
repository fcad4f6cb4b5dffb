/**
 * How to read one page of a sorted list through Payload's `page` and `limit`, which take no offset,
 * from whichever end of the list is nearer. A database skips every row before a page's first one
 * (OFFSET in SQL, skip in MongoDB): at 10,000 releases the list's last page took 26 ms to read from
 * the front.
 */
export interface PageRead {
  /** Read in the opposite order; the page's items come out last-first. */
  reversed: boolean
  /** Payload's page number and page size for the read. */
  page: number
  limit: number
  /** Of what that read returns, the page's items are `count` items from `skip`. */
  skip: number
  count: number
}

export const pageFromNearerEnd = (total: number, page: number, perPage: number): PageRead => {
  const before = (page - 1) * perPage
  const count = Math.max(0, Math.min(perPage, total - before))
  const after = total - before - count
  if (count === 0 || before <= after)
    return { reversed: false, page, limit: perPage, skip: 0, count }
  // Read backwards, the page's items are `count` items from `after`. The smallest page size one of
  // whose pages holds them all: at most `after + count`, which always does.
  let limit = count
  while (Math.floor(after / limit) * limit + limit < after + count) limit += 1
  const readPage = Math.floor(after / limit) + 1
  return { reversed: true, page: readPage, limit, skip: after - (readPage - 1) * limit, count }
}
