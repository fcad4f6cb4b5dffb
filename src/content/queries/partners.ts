import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { inAllLocales, type PartnerDoc } from '../raw'
import { fallbackLanguage, localesWith, translate } from '../translated'
import type { PartnerDetail, PartnerSummary } from '../types'
import { findOneBySlug, type ReadOptions } from './read'
import { toImage } from './image'
import { toFocusAreaLinks, toSeo } from './shared'

const toSummary = (doc: PartnerDoc, locale: Locale): PartnerSummary => ({
  slug: doc.slug ?? '',
  name: translate(doc.name, locale),
  acronym: doc.acronym ?? null,
  country: doc.country,
  website: doc.website ?? null,
})

export const queryPartners = async (
  payload: Payload,
  locale: Locale,
): Promise<PartnerSummary[]> => {
  const { docs } = await payload.find({
    collection: 'partners',
    locale: 'all',
    sort: 'slug',
    limit: 200,
    depth: 0,
    overrideAccess: false,
  })
  return inAllLocales('partners', docs).map((doc) => toSummary(doc, locale))
}

export const queryPartner = async (
  payload: Payload,
  locale: Locale,
  slug: string,
  options: ReadOptions = {},
): Promise<PartnerDetail | null> => {
  const doc = await findOneBySlug(payload, 'partners', slug, options)
  if (!doc) return null
  const summary = toSummary(doc, locale)
  const description = translate(doc.description, locale)
  return {
    ...summary,
    seo: toSeo(doc.meta, locale),
    description,
    focusAreas: toFocusAreaLinks(doc.focusAreas, locale),
    logo: toImage(doc.logo, locale),
    availableLocales: localesWith(doc.name),
    fallbackLang: fallbackLanguage(summary.name, description),
  }
}
