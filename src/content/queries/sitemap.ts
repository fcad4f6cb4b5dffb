import type { CollectionSlug, Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { localesWith } from '../translated'
import type { Raw } from './shared'

export interface SitemapDocument {
  collection: 'news-releases' | 'focus-areas' | 'committees' | 'partners'
  slug: string
  updatedAt: string
  /** Only the languages the document really exists in. */
  locales: Locale[]
}

const titleField: Record<SitemapDocument['collection'], string> = {
  'news-releases': 'title',
  'focus-areas': 'title',
  committees: 'name',
  partners: 'name',
}

export const querySitemapDocuments = async (payload: Payload): Promise<SitemapDocument[]> => {
  const collections = Object.keys(titleField) as SitemapDocument['collection'][]
  const results = await Promise.all(
    collections.map((collection) =>
      payload.find({
        collection: collection as CollectionSlug,
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
    result.docs.map((doc) => ({
      collection: collections[i],
      slug: (doc as Raw).slug,
      updatedAt: (doc as Raw).updatedAt,
      locales: localesWith((doc as Raw)[titleField[collections[i]]]),
    })),
  )
}
