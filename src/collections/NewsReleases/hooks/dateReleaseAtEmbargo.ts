import type { CollectionBeforeChangeHook } from 'payload'

/**
 * An embargoed release is issued when its embargo lifts, so that is its date everywhere. If the
 * embargo is lifted by hand before then, the release is dated now rather than at the old time.
 */
export const dateReleaseAtEmbargo: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (typeof data.embargoUntil === 'string' && data.embargoUntil !== '') {
    data.publishedAt = data.embargoUntil
    if (data.embargoUntil_tz) data.publishedAt_tz = data.embargoUntil_tz
    return data
  }
  const wasDatedAtEmbargo =
    originalDoc?.embargoUntil && originalDoc.publishedAt === originalDoc.embargoUntil
  if (
    wasDatedAtEmbargo &&
    data.publishedAt === originalDoc.publishedAt &&
    Date.parse(originalDoc.publishedAt) > Date.now()
  ) {
    data.publishedAt = new Date().toISOString()
  }
  return data
}
