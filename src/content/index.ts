// The one read layer of the public site: typed, locale-resolved, cached by tag.
import { unstable_cache } from 'next/cache'
import { draftMode } from 'next/headers'
import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { getPayloadClient } from '@/db/payloadClient'
import { queryFocusArea, queryFocusAreas } from './queries/focusAreas'
import {
  type NewsFilters,
  queryLatestNewsReleases,
  queryNewsRelease,
  queryNewsReleases,
} from './queries/newsReleases'
import { querySiteSettings } from './queries/siteSettings'
import { queryCommittee, queryCommittees } from './queries/committees'
import { queryPartner, queryPartners } from './queries/partners'
import { queryPressContact, queryPressContacts } from './queries/pressContacts'
import { querySearch } from './queries/search'
import { queryEmbargoLink } from './queries/embargoLink'
import { querySitemapCounts, querySitemapDocuments, type SitemapReader } from './queries/sitemap'
import { collectionTag, documentTag, globalTag } from '@/revalidation/tags'
import { publicPageKinds } from '@/documents/kinds'
import type { ReadOptions } from './queries/read'
import { oncePerRequest } from './requestReads'

/** A read never stored: only shared by the calls with the same arguments in one request. */
const fresh =
  <A extends unknown[], R>(name: string, query: (payload: Payload, ...args: A) => Promise<R>) =>
  (...args: A): Promise<R> =>
    oncePerRequest(`${name} ${JSON.stringify(args)}`, async () =>
      query(await getPayloadClient(), ...args),
    )

/** A read stored in Next's data cache under its tags, and shared within the request. */
const cached =
  <A extends unknown[], R>(
    name: string,
    query: (payload: Payload, ...args: A) => Promise<R>,
    tagsFor: (...args: A) => string[],
  ) =>
  (...args: A): Promise<R> => {
    const argsKey = JSON.stringify(args)
    return oncePerRequest(`${name} ${argsKey}`, () =>
      unstable_cache(async () => query(await getPayloadClient(), ...args), [name, argsKey], {
        tags: tagsFor(...args),
      })(),
    )
  }

/**
 * A document page's read: cached for the public; in draft mode (staff previewing from the admin)
 * the latest drafts, read fresh on every request and never stored.
 */
const document = <R>(
  name: string,
  query: (payload: Payload, locale: Locale, slug: string, options?: ReadOptions) => Promise<R>,
  tagsFor: (locale: Locale, slug: string) => string[],
) => {
  const published = cached(
    name,
    (payload: Payload, locale: Locale, slug: string) => query(payload, locale, slug),
    tagsFor,
  )
  const draft = fresh(`${name}:draft`, (payload: Payload, locale: Locale, slug: string) =>
    query(payload, locale, slug, { draft: true }),
  )
  return async (locale: Locale, slug: string): Promise<R> =>
    (await draftMode()).isEnabled ? draft(locale, slug) : published(locale, slug)
}

// Each entry carries the tags of what it reads itself; pages that show other documents are
// refreshed through those documents' hooks (dependents.ts), so a page is never re-rendered for a
// change it does not show.
export const getSiteSettings = cached('site-settings', querySiteSettings, (_locale: Locale) => [
  globalTag('site-settings'),
])

export const listNewsReleases = cached(
  'news-releases:list',
  queryNewsReleases,
  (_locale: Locale, _filters?: NewsFilters) => [
    collectionTag('news-releases'),
    collectionTag('focus-areas'),
  ],
)

export const listLatestNewsReleases = cached(
  'news-releases:latest',
  queryLatestNewsReleases,
  (_locale: Locale, _limit: number) => [collectionTag('news-releases')],
)

export const getNewsRelease = document('news-releases:one', queryNewsRelease, (_locale, slug) => [
  documentTag('news-releases', slug),
])

export const listFocusAreas = cached('focus-areas:list', queryFocusAreas, (_locale: Locale) => [
  collectionTag('focus-areas'),
])

export const getFocusArea = document('focus-areas:one', queryFocusArea, (_locale, slug) => [
  documentTag('focus-areas', slug),
])

export const listCommittees = cached('committees:list', queryCommittees, (_locale: Locale) => [
  collectionTag('committees'),
])

export const getCommittee = document('committees:one', queryCommittee, (_locale, slug) => [
  documentTag('committees', slug),
])

export const listPartners = cached('partners:list', queryPartners, (_locale: Locale) => [
  collectionTag('partners'),
])

export const getPartner = document('partners:one', queryPartner, (_locale, slug) => [
  documentTag('partners', slug),
])

export const listPressContacts = cached('contacts:press', queryPressContacts, (_locale: Locale) => [
  collectionTag('contacts'),
])

export const getPressContact = cached('contacts:one', queryPressContact, (_locale, slug) => [
  documentTag('contacts', slug),
])

/** The sitemap's reads, each cached: the counts it is split by, and its documents a batch at a time. */
export const sitemapData: SitemapReader = {
  counts: cached('sitemap:counts', querySitemapCounts, () =>
    publicPageKinds.map((kind) => collectionTag(kind.collection)),
  ),
  documents: cached('sitemap:documents', querySitemapDocuments, (collection) => [
    collectionTag(collection),
  ]),
}

// Not cached: every distinct query a visitor types would otherwise become an entry in Next's data cache.
export const search = fresh('search', querySearch)

// Never cached: a revoked or expired link must stop working at once.
export const getEmbargoLink = fresh('embargo-link', queryEmbargoLink)

export type * from './types'
export { normaliseQuery, SEARCH_PAGE_SIZE } from './queries/search'
export type { SitemapDocument, SitemapReader } from './queries/sitemap'
export type { Translated } from './translated'
export { NEWS_PAGE_SIZE } from './queries/newsReleases'
