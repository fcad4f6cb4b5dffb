import type { Payload } from 'payload'
import { committees } from './data/committees'
import { type IdMap, idsOf, upsertLocalized } from './upsert'

/** Keyed by committee code (AC, LAB, JC), which the other seed files use. */
export const seedCommittees = async (
  payload: Payload,
  refs: { focusAreas: IdMap; contacts: IdMap },
): Promise<IdMap> => {
  const ids: IdMap = new Map()
  for (const committee of committees) {
    const doc = await upsertLocalized(payload, 'committees', committee.slug, (locale) => ({
      code: committee.code,
      name: committee.name[locale],
      description: committee.description[locale],
      region: committee.region,
      focusAreas: idsOf(refs.focusAreas, committee.focusAreas, 'focus area'),
      contacts: idsOf(refs.contacts, committee.contacts, 'contact'),
    }))
    ids.set(committee.code, doc.id)
  }
  return ids
}
