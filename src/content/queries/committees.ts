import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { type CommitteeDoc, inAllLocales } from '../raw'
import { fallbackLanguage, localesWith, translate } from '../translated'
import type { CommitteeDetail, CommitteeSummary } from '../types'
import { findOneBySlug, type ReadOptions } from './read'
import { toFocusAreaLinks, toPublicPressContacts, toSeo } from './shared'

const toSummary = (doc: CommitteeDoc, locale: Locale): CommitteeSummary => ({
  slug: doc.slug ?? '',
  code: doc.code,
  name: translate(doc.name, locale),
  region: doc.region ?? null,
  description: translate(doc.description, locale),
})

export const queryCommittees = async (
  payload: Payload,
  locale: Locale,
): Promise<CommitteeSummary[]> => {
  const { docs } = await payload.find({
    collection: 'committees',
    locale: 'all',
    sort: 'code',
    limit: 100,
    depth: 0,
    overrideAccess: false,
  })
  return inAllLocales('committees', docs).map((doc) => toSummary(doc, locale))
}

export const queryCommittee = async (
  payload: Payload,
  locale: Locale,
  slug: string,
  options: ReadOptions = {},
): Promise<CommitteeDetail | null> => {
  const doc = await findOneBySlug(payload, 'committees', slug, options)
  if (!doc) return null
  const areasWithWork = await payload.find({
    collection: 'focus-areas',
    locale: 'all',
    where: { 'activities.committee': { equals: doc.id } },
    sort: 'displayOrder',
    limit: 100,
    depth: 0,
    overrideAccess: false,
    select: { slug: true, title: true, activities: true },
  })
  const summary = toSummary(doc, locale)
  const work = inAllLocales('focus-areas', areasWithWork.docs).flatMap((area) =>
    (area.activities ?? [])
      .filter((activity) => String(activity.committee) === String(doc.id))
      .map((activity) => ({
        focusArea: { slug: area.slug ?? '', title: translate(area.title, locale) },
        text: translate(activity.text, locale),
      })),
  )
  return {
    ...summary,
    seo: toSeo(doc.meta, locale),
    focusAreas: toFocusAreaLinks(doc.focusAreas, locale),
    work,
    contacts: toPublicPressContacts(doc.contacts, locale),
    availableLocales: localesWith(doc.name),
    fallbackLang: fallbackLanguage(summary.name, summary.description, ...work.map((w) => w.text)),
  }
}
