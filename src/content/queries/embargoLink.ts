import type { Payload } from 'payload'
import { isEmbargoLinkTokenShape } from '@/documents/embargoLinkToken'
import type { Locale } from '@/i18n/locales'
import { publishedLocales } from '@/documents/publishedLocales'
import { relationId } from '@/lib/relationId'
import { inAllLocales } from '../raw'
import type { EmbargoLinkView } from '../types'
import { publicDocs } from './read'
import { toNewsReleaseDetail } from './newsReleases'

/**
 * The release behind an embargo link, if the link is genuine, unexpired and not revoked: its latest
 * version (drafts included), with only what the public may see of the documents it shows.
 */
export const queryEmbargoLink = async (
  payload: Payload,
  locale: Locale,
  token: string,
): Promise<EmbargoLinkView | null> => {
  if (!isEmbargoLinkTokenShape(token)) return null
  const { docs } = await payload.find({
    collection: 'embargo-links',
    where: {
      and: [
        { token: { equals: token } },
        { revoked: { not_equals: true } },
        { expiresAt: { greater_than: new Date().toISOString() } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const link = docs[0]
  if (!link) return null
  const releaseId = relationId(link.release)
  if (releaseId === undefined || releaseId === null) return null
  const found = await payload
    .findByID({
      collection: 'news-releases',
      id: releaseId,
      draft: true,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null)
  if (!found) return null
  const [release] = inAllLocales('news-releases', [found])
  const [focusAreas, pressContacts, heroImage] = await Promise.all([
    publicDocs(payload, 'focus-areas', release.focusAreas ?? []),
    publicDocs(payload, 'contacts', release.pressContacts ?? []),
    publicDocs(payload, 'media', release.heroImage ? [release.heroImage] : []),
  ])
  const detail = await toNewsReleaseDetail(
    payload,
    { ...release, focusAreas, pressContacts, heroImage: heroImage[0] },
    locale,
  )
  const embargoUntil = typeof release.embargoUntil === 'string' ? release.embargoUntil : null
  return {
    release: detail,
    embargoUntil,
    embargoTimeZone: release.embargoUntil_tz ?? detail.timeZone,
    // Public already: the reader is better served by the real page.
    isPublic:
      publishedLocales(release._status).length > 0 &&
      (!embargoUntil || Date.parse(embargoUntil) <= Date.now()),
    expiresAt: link.expiresAt,
  }
}
