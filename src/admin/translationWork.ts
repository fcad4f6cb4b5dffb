import type { Payload, TypedUser } from 'payload'
import { translatedLocales } from '@/i18n/locales'
import { defaultLocale, type Locale } from '@/i18n/locales'
import {
  type TranslatedLocale,
  type TranslationState,
  translationState,
} from '@/documents/translationStatus'
import { type DocumentCollection, documentKinds } from '@/documents/kinds'

// Translations are tracked for every kind of public document (documents/kinds.ts).
type TrackedCollection = DocumentCollection

export interface TranslationTask {
  collection: TrackedCollection
  id: number | string
  /** The document's name in the task's language where it has one, else in English (see titleLocale). */
  title: string
  /** The language `title` is in: the task's own, English when there is no translated title yet, null for a name all languages share. */
  titleLocale: Locale | null
  state: Exclude<TranslationState, 'current'>
  updatedAt: string
}

export type TranslationWork = Record<TranslatedLocale, TranslationTask[]>

interface Latest {
  id: number | string
  /** Every language's value (read with locale 'all'), or one shared value for a field not localized. */
  title: unknown
  translationStatus: unknown
  updatedAt: string
}

/**
 * The newest version of every document of a collection, drafts included, in one query: with a
 * status per language, a document's own read in English would miss a newer translation draft.
 */
const latestOf = async (
  payload: Payload,
  user: TypedUser | null,
  slug: TrackedCollection,
  title: string,
): Promise<Latest[]> => {
  if (payload.collections[slug].config.versions?.drafts) {
    const { docs } = await payload.findVersions({
      collection: slug,
      where: { latest: { equals: true } },
      locale: 'all',
      depth: 0,
      limit: 0,
      pagination: false,
      select: {
        parent: true,
        updatedAt: true,
        version: { [title]: true, translationStatus: true },
      } as never,
      user,
      overrideAccess: false,
    })
    return docs.map((doc) => {
      const version = doc.version as unknown as Record<string, unknown>
      return {
        id: doc.parent as number | string,
        title: version[title],
        translationStatus: version.translationStatus,
        updatedAt: String(doc.updatedAt),
      }
    })
  }
  const { docs } = await payload.find({
    collection: slug,
    locale: 'all',
    depth: 0,
    limit: 0,
    pagination: false,
    select: { [title]: true, translationStatus: true, updatedAt: true } as never,
    user,
    overrideAccess: false,
  })
  return (docs as unknown as Record<string, unknown>[]).map((doc) => ({
    id: doc.id as number | string,
    title: doc[title],
    translationStatus: doc.translationStatus,
    updatedAt: String(doc.updatedAt),
  }))
}

/** The title in `locale` where there is one, else the English, saying which it is. */
const titleIn = (
  title: unknown,
  locale: TranslatedLocale,
  id: number | string,
): Pick<TranslationTask, 'title' | 'titleLocale'> => {
  // A field every language shares (a contact's name) is nobody's English.
  if (typeof title === 'string') return { title, titleLocale: null }
  const values = (title && typeof title === 'object' ? title : {}) as Partial<
    Record<Locale, unknown>
  >
  const own = values[locale]
  if (typeof own === 'string' && own.trim() !== '') return { title: own, titleLocale: locale }
  const english = values[defaultLocale]
  return {
    title: typeof english === 'string' && english !== '' ? english : String(id),
    titleLocale: defaultLocale,
  }
}

/**
 * Every document whose Japanese or Spanish translation is missing or outdated, per language,
 * outdated first, most recently changed first. Reads the latest versions (drafts included) with the
 * user's own access, so nobody is shown documents they may not read.
 */
export const queryTranslationWork = async (
  payload: Payload,
  user: TypedUser | null,
): Promise<TranslationWork> => {
  const work: TranslationWork = { ja: [], es: [] }
  for (const { collection: slug, title } of documentKinds) {
    for (const doc of await latestOf(payload, user, slug, title)) {
      for (const locale of translatedLocales) {
        const state = translationState(doc.translationStatus, locale)
        if (state === 'current') continue
        work[locale].push({
          collection: slug,
          id: doc.id,
          ...titleIn(doc.title, locale, doc.id),
          state,
          updatedAt: doc.updatedAt,
        })
      }
    }
  }
  for (const locale of translatedLocales) {
    work[locale].sort((a, b) =>
      a.state === b.state
        ? b.updatedAt.localeCompare(a.updatedAt)
        : a.state === 'outdated'
          ? -1
          : 1,
    )
  }
  return work
}
