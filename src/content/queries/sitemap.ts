import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { inAllLocales, type LocalizedTextField, type PerLocale } from '../raw'
import { localesWith } from '../translated'

export interface SitemapDocument {
  collection: 'news-releases' | 'focus-areas' | 'committees' | 'partners'
  slug: string
  updatedAt: string
  /** Only the languages the document really exists in. */
  locales: Locale[]
}

type Kind = SitemapDocument['collection']

const titleField: { [K in Kind]: LocalizedTextField<K> } = {
  'news-releases': 'title',
  'focus-areas': 'title',
  committees: 'name',
  partners: 'name',
}

export const querySitemapDocuments = async (payload: Payload): Promise<SitemapDocument[]> => {
  const collections = Object.keys(titleField) as Kind[]
  const results = await Promise.all(
    collections.map((collection) =>
      payload.find({
        collection,
        locale: 'all',
        limit: 0,
        pagination: false,
        depth: 0,
        overrideAccess: false,
        select: { slug: true, updatedAt: true, [titleField[collection]]: true },
      }),
    ),
  )
  return results.flatMap((result, i) =>
    inAllLocales(collections[i], result.docs).map((doc) => ({
      collection: collections[i],
      slug: doc.slug ?? '',
      updatedAt: doc.updatedAt,
      // The field was selected by name; its type depends on the kind, which TypeScript does not follow here.
      locales: localesWith((doc as Partial<Record<(typeof titleField)[Kind], PerLocale<string | null>>>)[titleField[collections[i]]]),
    })),
  )
}
