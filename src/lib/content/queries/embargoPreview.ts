import type { CollectionSlug, Payload } from 'payload'
import { isPreviewTokenShape } from '@/collections/PreviewLinks/token'
import type { Locale } from '@/i18n/locales'
import { relationId } from '@/utilities/relationId'
import type { EmbargoPreview } from '../types'
import type { Raw } from './shared'
import { toNewsReleaseDetail } from './newsReleases'

/** The related documents the public may see, in the order the editor gave, fetched as the anonymous reader. */
const publicDocs = async (payload: Payload, collection: CollectionSlug, value: unknown): Promise<Raw[]> => {
  const ids = (Array.isArray(value) ? value : [value]).map(relationId).filter((id) => id !== undefined && id !== null)
  if (ids.length === 0) return []
  const { docs } = await payload.find({ collection, locale: 'all', where: { id: { in: ids } }, pagination: false, depth: 0, overrideAccess: false })
  const byId = new Map(docs.map((doc) => [String(doc.id), doc as Raw]))
  return ids.map((id) => byId.get(String(id))).filter((doc): doc is Raw => Boolean(doc))
}

/**
 * The release behind a preview link, if the link is genuine, unexpired and not revoked: its latest
 * version (drafts included), with only what the public may see of the documents it shows.
 */
export const queryEmbargoPreview = async (payload: Payload, locale: Locale, token: string): Promise<EmbargoPreview | null> => {
  if (!isPreviewTokenShape(token)) return null
  const { docs } = await payload.find({
    collection: 'preview-links',
    where: { and: [{ token: { equals: token } }, { revoked: { not_equals: true } }, { expiresAt: { greater_than: new Date().toISOString() } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const link = docs[0]
  if (!link) return null
  const releaseId = relationId(link.release)
  if (releaseId === undefined || releaseId === null) return null
  const release = (await payload
    .findByID({ collection: 'news-releases', id: releaseId, draft: true, locale: 'all', depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)) as Raw | null
  if (!release) return null
  const [focusAreas, pressContacts, heroImage] = await Promise.all([
    publicDocs(payload, 'focus-areas', release.focusAreas),
    publicDocs(payload, 'contacts', release.pressContacts),
    publicDocs(payload, 'media', release.heroImage),
  ])
  const detail = await toNewsReleaseDetail(payload, { ...release, focusAreas, pressContacts, heroImage: heroImage[0] }, locale)
  const embargoUntil = typeof release.embargoUntil === 'string' ? release.embargoUntil : null
  return {
    release: detail,
    embargoUntil,
    embargoTimeZone: release.embargoUntil_tz ?? detail.timeZone,
    // Public already: the reader is better served by the real page.
    isPublic: release._status === 'published' && (!embargoUntil || Date.parse(embargoUntil) <= Date.now()),
    expiresAt: link.expiresAt,
  }
}
