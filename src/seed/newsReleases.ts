import type { Payload } from 'payload'
import { newsReleases } from './data/newsReleases/index'
import { toLexical } from './lexical'
import { type IdMap, idsOf, seedContext, upsertLocalized } from './upsert'
import { wallClockInDays } from '@/lib/zonedTime'

export const seedNewsReleases = async (
  payload: Payload,
  refs: { focusAreas: IdMap; committees: IdMap; contacts: IdMap; media: IdMap },
): Promise<IdMap> => {
  const ids: IdMap = new Map()
  for (const release of newsReleases) {
    const embargoUntil = release.embargo
      ? wallClockInDays(
          release.embargo.daysAfterSeeding,
          release.embargo.localTime,
          release.timeZone,
        ).toISOString()
      : null
    const doc = await upsertLocalized(payload, 'news-releases', release.slug, (locale) => ({
      _status: 'published',
      title: release.title[locale],
      summary: release.summary[locale],
      body: toLexical(release.body[locale]),
      dateline: release.dateline[locale],
      publishedAt: new Date(release.publishedAt).toISOString(),
      publishedAt_tz: release.timeZone,
      embargoUntil,
      embargoUntil_tz: release.timeZone,
      scope: release.scope,
      pressContacts: idsOf(refs.contacts, release.pressContacts, 'contact'),
      focusAreas: idsOf(refs.focusAreas, release.focusAreas, 'focus area'),
      committee: release.committee
        ? idsOf(refs.committees, [release.committee], 'committee')[0]
        : null,
      heroImage: release.heroImage ? idsOf(refs.media, [release.heroImage], 'media')[0] : null,
    }))
    if (release.revisedEnglishSummary) {
      await payload.update({
        collection: 'news-releases',
        id: doc.id,
        locale: 'en',
        data: { summary: release.revisedEnglishSummary, _status: 'published' },
        depth: 0,
        overrideAccess: true,
        context: seedContext,
      })
    }
    ids.set(release.slug, doc.id)
    if (embargoUntil) await seedEmbargoLink(payload, doc.id as number, embargoUntil)
  }
  return ids
}

/** One working embargo link per embargoed demo release, valid until the embargo lifts. */
const seedEmbargoLink = async (payload: Payload, release: number, expiresAt: string) => {
  const { totalDocs } = await payload.count({
    collection: 'embargo-links',
    where: {
      and: [
        { release: { equals: release } },
        { revoked: { not_equals: true } },
        { expiresAt: { greater_than: new Date().toISOString() } },
      ],
    },
    overrideAccess: true,
  })
  if (totalDocs === 0) {
    await payload.create({
      collection: 'embargo-links',
      data: { release, recipients: 'Demo: journalists on the embargo list', expiresAt },
      overrideAccess: true,
    })
  }
}
