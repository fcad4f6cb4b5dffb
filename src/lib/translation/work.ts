import type { CollectionSlug, Payload, TypedUser } from 'payload'
import { translatedLocales } from '@/access/roles'
import { type TranslatedLocale, type TranslationState, translationState } from './status'

/** The collections whose translations are tracked, with the field that names a document. */
export const trackedCollections = [
  { slug: 'news-releases', title: 'title' },
  { slug: 'focus-areas', title: 'title' },
  { slug: 'committees', title: 'name' },
  { slug: 'partners', title: 'name' },
  { slug: 'contacts', title: 'name' },
] as const satisfies { slug: CollectionSlug; title: string }[]

export interface TranslationTask {
  collection: (typeof trackedCollections)[number]['slug']
  id: number | string
  title: string
  state: Exclude<TranslationState, 'current'>
  updatedAt: string
}

export type TranslationWork = Record<TranslatedLocale, TranslationTask[]>

/**
 * Every document whose Japanese or Spanish translation is missing or outdated, per language,
 * outdated first, most recently changed first. Reads the latest version (drafts included) with the
 * user's own access, so nobody is shown documents they may not read.
 */
export const queryTranslationWork = async (payload: Payload, user: TypedUser | null): Promise<TranslationWork> => {
  const work: TranslationWork = { ja: [], es: [] }
  for (const { slug, title } of trackedCollections) {
    const { docs } = await payload.find({
      collection: slug,
      draft: true,
      locale: 'en',
      depth: 0,
      limit: 0,
      pagination: false,
      sort: '-updatedAt',
      select: { [title]: true, translationStatus: true, updatedAt: true } as never,
      user,
      overrideAccess: false,
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      for (const locale of translatedLocales) {
        const state = translationState(doc.translationStatus, locale)
        if (state === 'current') continue
        work[locale].push({
          collection: slug,
          id: doc.id as number | string,
          title: String(doc[title] ?? doc.id),
          state,
          updatedAt: String(doc.updatedAt),
        })
      }
    }
  }
  for (const locale of translatedLocales) {
    work[locale].sort((a, b) => (a.state === b.state ? b.updatedAt.localeCompare(a.updatedAt) : a.state === 'outdated' ? -1 : 1))
  }
  return work
}
