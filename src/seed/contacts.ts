import type { Payload } from 'payload'
import { contacts } from './data/contacts'
import { type IdMap, idsOf, keepRowIds, upsertLocalized } from './upsert'

export const seedContacts = async (payload: Payload, focusAreas: IdMap): Promise<IdMap> => {
  const ids: IdMap = new Map()
  for (const contact of contacts) {
    const doc = await upsertLocalized(payload, 'contacts', contact.slug, (locale, current) => ({
      name: contact.name,
      nameLatin: contact.nameLatin ?? null,
      role: contact.role[locale],
      office: contact.office[locale],
      email: contact.email,
      phones: keepRowIds(contact.phones, current?.phones),
      languages: contact.languages,
      topics: idsOf(focusAreas, contact.topics, 'focus area'),
      regions: contact.regions,
      timeZone: contact.timeZone,
      isPressContact: contact.isPressContact,
      personalMobile: contact.personalMobile ?? null,
      internalNotes: contact.internalNotes ?? null,
    }))
    ids.set(contact.slug, doc.id)
  }
  return ids
}
