import type { Payload } from 'payload'
import { partners } from './data/partners'
import { type IdMap, idsOf, upsertLocalized } from './upsert'

export const seedPartners = async (payload: Payload, focusAreas: IdMap): Promise<IdMap> => {
  const ids: IdMap = new Map()
  for (const partner of partners) {
    const doc = await upsertLocalized(payload, 'partners', partner.slug, (locale) => ({
      name: partner.name[locale],
      description: partner.description[locale],
      acronym: partner.acronym ?? null,
      country: partner.country,
      website: partner.website,
      focusAreas: idsOf(focusAreas, partner.focusAreas, 'focus area'),
    }))
    ids.set(partner.slug, doc.id)
  }
  return ids
}
