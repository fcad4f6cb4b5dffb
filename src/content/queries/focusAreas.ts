import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { type FocusAreaDoc, inAllLocales } from '../raw'
import { fallbackLanguage, localesWith, translate } from '../translated'
import type { FocusAreaDetail, FocusAreaSummary, RichTextState } from '../types'
import { withPublicBlocks } from './publicBlocks'
import { findOneBySlug, populated, populatedOne, type ReadOptions } from './read'
import { toImage } from './image'
import { latestReleases, toPressContact, toPublicPressContacts, toSeo } from './shared'

const RELATED_RELEASES = 5

const toSummary = (
  doc: Pick<FocusAreaDoc, 'slug' | 'title' | 'summary' | 'heroImage'>,
  locale: Locale,
): FocusAreaSummary => ({
  slug: doc.slug ?? '',
  title: translate(doc.title, locale),
  summary: translate(doc.summary, locale),
  heroImage: toImage(doc.heroImage, locale),
})

export const queryFocusAreas = async (
  payload: Payload,
  locale: Locale,
): Promise<FocusAreaSummary[]> => {
  const { docs } = await payload.find({
    collection: 'focus-areas',
    locale: 'all',
    sort: 'displayOrder',
    limit: 100,
    depth: 1,
    overrideAccess: false,
    select: { slug: true, title: true, summary: true, heroImage: true, displayOrder: true },
  })
  return inAllLocales('focus-areas', docs).map((doc) => toSummary(doc, locale))
}

export const TOPIC_CONTACTS_SHOWN = 6

export const queryFocusArea = async (
  payload: Payload,
  locale: Locale,
  slug: string,
  options: ReadOptions = {},
): Promise<FocusAreaDetail | null> => {
  const doc = await findOneBySlug(payload, 'focus-areas', slug, options)
  if (!doc) return null
  const relatedReleases = await latestReleases(
    payload,
    locale,
    { focusAreas: { contains: doc.id } },
    RELATED_RELEASES,
  )
  // The editor's choice of press contacts, else the first of those for the press whose topics include
  // this one (the page links to the press room for all of them).
  const chosen = toPublicPressContacts(doc.pressContacts, locale)
  const byTopic = chosen.length
    ? undefined
    : await payload.find({
        collection: 'contacts',
        locale: 'all',
        where: { and: [{ topics: { contains: doc.id } }, { isPressContact: { equals: true } }] },
        sort: 'name',
        limit: TOPIC_CONTACTS_SHOWN,
        depth: 0,
        overrideAccess: false,
      })
  const pressContacts = byTopic
    ? inAllLocales('contacts', byTopic.docs).map((contact) => toPressContact(contact, locale))
    : chosen
  const pressContactsTotal = byTopic ? byTopic.totalDocs : chosen.length
  const summary = toSummary(doc, locale)
  const translatedBody = translate<RichTextState>(doc.body, locale)
  const body = translatedBody && {
    ...translatedBody,
    value: await withPublicBlocks(payload, translatedBody.value, locale),
  }
  const stance = (doc.stance ?? []).map((point) => ({
    heading: translate(point.heading, locale),
    text: translate(point.text, locale),
  }))
  return {
    ...summary,
    seo: toSeo(doc.meta, locale),
    body,
    stance,
    activities: (doc.activities ?? []).map((activity) => {
      const committee = populatedOne(activity.committee)
      return {
        committee: committee
          ? {
              slug: committee.slug ?? '',
              code: committee.code,
              name: translate(committee.name, locale),
            }
          : undefined,
        text: translate(activity.text, locale),
      }
    }),
    partners: populated(doc.partners).map((partner) => ({
      slug: partner.slug ?? '',
      name: translate(partner.name, locale),
      acronym: partner.acronym ?? null,
      country: partner.country,
      website: partner.website ?? null,
    })),
    relatedMaterials: (doc.relatedMaterials ?? [])
      .map((material) => ({
        title: translate(material.title, locale),
        href: material.link || populatedOne(material.file)?.url || '',
      }))
      .filter((material) => Boolean(material.href)),
    relatedReleases,
    pressContacts,
    pressContactsTotal,
    availableLocales: localesWith(doc.title),
    fallbackLang: fallbackLanguage(
      summary.title,
      summary.summary,
      body,
      ...stance.flatMap((p) => [p.heading, p.text]),
    ),
  }
}
