import type { Access, Where } from 'payload'

/**
 * Staff see every release; the public sees a release once it is published and its embargo, if
 * any, has passed. Evaluated per request, so a cached page is the only thing that can lag: the
 * scheduled publish at the embargo time refreshes those.
 */
export const releasedOrStaff: Access = ({ req: { user } }) => {
  if (user) return true
  const released: Where = {
    and: [
      { _status: { equals: 'published' } },
      {
        or: [
          { embargoUntil: { exists: false } },
          { embargoUntil: { equals: null } },
          { embargoUntil: { less_than_equal: new Date().toISOString() } },
        ],
      },
    ],
  }
  return released
}
