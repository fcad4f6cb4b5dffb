import type { Payload, Where } from 'payload'
import type { Locale } from '@/i18n/locales'
import { translate } from '../translated'
import { type ContactDoc, type FocusAreaDoc, inAllLocales, type NewsReleaseDoc } from '../raw'
import type { FocusAreaLink, NewsReleaseSummary, PressContact, Seo } from '../types'
import { populated } from './read'
import { toImage } from './image'

export const toFocusAreaLinks = (
  value: readonly (number | Pick<FocusAreaDoc, 'slug' | 'title'>)[] | null | undefined,
  locale: Locale,
): FocusAreaLink[] =>
  populated(value).map((area) => ({ slug: area.slug ?? '', title: translate(area.title, locale) }))

export const toSeo = (meta: NewsReleaseDoc['meta'], locale: Locale): Seo => {
  const doc = meta ?? {}
  return {
    title: translate(doc.title, locale),
    description: translate(doc.description, locale),
    image: toImage(doc.image, locale),
  }
}

export const newsReleaseSummarySelect = {
  slug: true,
  title: true,
  summary: true,
  dateline: true,
  publishedAt: true,
  publishedAt_tz: true,
  scope: true,
} as const

type SummaryFields = keyof typeof newsReleaseSummarySelect

export const toNewsReleaseSummary = (
  doc: Pick<NewsReleaseDoc, SummaryFields>,
  locale: Locale,
): NewsReleaseSummary => ({
  slug: doc.slug ?? '',
  title: translate(doc.title, locale),
  summary: translate(doc.summary, locale),
  dateline: translate(doc.dateline, locale),
  publishedAt: doc.publishedAt,
  timeZone: doc.publishedAt_tz ?? 'UTC',
  scope: doc.scope,
})

/** Only public fields: the query runs without access rights, so staff-only fields never arrive. */
export const toPressContact = (doc: ContactDoc, locale: Locale): PressContact => ({
  slug: doc.slug ?? '',
  name: doc.name,
  nameLatin: doc.nameLatin ?? null,
  role: translate(doc.role, locale),
  office: translate(doc.office, locale),
  email: doc.email ?? null,
  phones: (doc.phones ?? []).map((phone) => ({ kind: phone.kind, number: phone.number })),
  languages: doc.languages ?? [],
  timeZone: doc.timeZone,
})

/**
 * The order of releases everywhere the public sees them (home, feed, news list). Releases published
 * at the same moment keep one order, so the news list read backwards is the same list.
 */
export const NEWEST_RELEASES_FIRST = ['-publishedAt', '-createdAt', '-id']

/** The newest published releases matching `where`, as the public sees them; no total is counted. */
export const latestReleases = async (
  payload: Payload,
  locale: Locale,
  where: Where,
  limit: number,
): Promise<NewsReleaseSummary[]> => {
  const { docs } = await payload.find({
    collection: 'news-releases',
    locale: 'all',
    where,
    sort: NEWEST_RELEASES_FIRST,
    limit,
    pagination: false,
    depth: 0,
    overrideAccess: false,
    select: newsReleaseSummarySelect,
  })
  return inAllLocales('news-releases', docs).map((doc) => toNewsReleaseSummary(doc, locale))
}

/** Contacts shown to the public: only those still flagged as press contacts, wherever they are linked. */
export const toPublicPressContacts = (
  value: readonly (number | ContactDoc)[] | null | undefined,
  locale: Locale,
): PressContact[] =>
  populated(value)
    .filter((contact) => contact.isPressContact)
    .map((contact) => toPressContact(contact, locale))
