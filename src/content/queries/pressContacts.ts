import type { Payload } from 'payload'
import { slugify } from '@/lib/slugify'
import type { Locale } from '@/i18n/locales'
import { type ContactDoc, inAllLocales } from '../raw'
import type { PressContactDetail, PressDirectoryEntry } from '../types'
import { findOneBySlug } from './read'
import { latestReleases, toFocusAreaLinks, toPressContact } from './shared'

const RECENT_RELEASES = 5

const toEntry = (doc: ContactDoc, locale: Locale): PressDirectoryEntry => ({
  ...toPressContact(doc, locale),
  topics: toFocusAreaLinks(doc.topics, locale),
  regions: Array.isArray(doc.regions) ? doc.regions : [],
  officeKey: doc.office?.en ? slugify(doc.office.en) || null : null,
})

/**
 * Every press contact, as the anonymous reader may see them: only contacts flagged for the press,
 * only their public fields (the query runs without access rights).
 */
export const queryPressContacts = async (
  payload: Payload,
  locale: Locale,
): Promise<PressDirectoryEntry[]> => {
  const { docs } = await payload.find({
    collection: 'contacts',
    locale: 'all',
    where: { isPressContact: { equals: true } },
    sort: 'name',
    pagination: false,
    depth: 1,
    overrideAccess: false,
  })
  return inAllLocales('contacts', docs).map((doc) => toEntry(doc, locale))
}

/** One press contact's page: the card and the releases that name them. Not a press contact: null. */
export const queryPressContact = async (
  payload: Payload,
  locale: Locale,
  slug: string,
): Promise<PressContactDetail | null> => {
  const doc = await findOneBySlug(payload, 'contacts', slug)
  if (!doc?.isPressContact) return null
  const releases = await latestReleases(
    payload,
    locale,
    { pressContacts: { contains: doc.id } },
    RECENT_RELEASES,
  )
  return { ...toEntry(doc, locale), releases }
}
