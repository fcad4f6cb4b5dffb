import type { Payload } from 'payload'
import { focusAreas } from './data/focusAreas'
import { toLexical } from './lexical'
import { type IdMap, idsOf, keepRowIds, upsertLocalized } from './upsert'

/**
 * Focus areas come first (everything else points at them); their links to committees and
 * partners are filled in by linkFocusAreas once those exist.
 */
export const seedFocusAreas = async (payload: Payload, media: IdMap): Promise<IdMap> => {
  const ids: IdMap = new Map()
  for (const area of focusAreas) {
    const doc = await upsertLocalized(payload, 'focus-areas', area.slug, (locale, current) => ({
      title: area.title[locale],
      summary: area.summary[locale],
      body: toLexical(area.body[locale]),
      displayOrder: area.displayOrder,
      heroImage: area.heroImage ? idsOf(media, [area.heroImage], 'media')[0] : null,
      stance: keepRowIds(
        area.stance.map((point) => ({ heading: point.heading[locale], text: point.text[locale] })),
        current?.stance,
      ),
    }))
    ids.set(area.slug, doc.id)
  }
  return ids
}

export const linkFocusAreas = async (
  payload: Payload,
  refs: { focusAreas: IdMap; committees: IdMap; partners: IdMap },
) => {
  for (const area of focusAreas) {
    await upsertLocalized(payload, 'focus-areas', area.slug, (locale, current) => ({
      partners: idsOf(refs.partners, area.partners, 'partner'),
      activities: keepRowIds(
        area.activities.map((activity) => ({
          committee: idsOf(refs.committees, [activity.committee], 'committee')[0],
          text: activity.text[locale],
        })),
        current?.activities,
      ),
      relatedMaterials: keepRowIds(
        area.relatedMaterials.map((material) => ({
          title: material.title[locale],
          link: material.link,
        })),
        current?.relatedMaterials,
      ),
    }))
  }
}
