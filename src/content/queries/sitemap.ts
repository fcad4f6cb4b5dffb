import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { type PublicPageCollection, publicPageKinds } from '@/documents/kinds'
import { localesWith } from '../translated'
import type { Raw } from './shared'

export interface SitemapDocument {
  collection: PublicPageCollection
  slug: string
  updatedAt: string
  /** Only the languages the document really exists in. */
  locales: Locale[]
}

export const querySitemapDocuments = async (payload: Payload): Promise<SitemapDocument[]> => {
  const results = await Promise.all(
    publicPageKinds.map(({ collection, title }) =>
      payload.find({
        collection,
        locale: 'all',
        limit: 0,
        pagination: false,
        depth: 0,
        overrideAccess: false,
        select: { slug: true, updatedAt: true, [title]: true },
      }),
    ),
  )
  return results.flatMap((result, i) =>
    result.docs.map((doc) => ({
      collection: publicPageKinds[i].collection,
      slug: (doc as Raw).slug,
      updatedAt: (doc as Raw).updatedAt,
      locales: localesWith((doc as Raw)[publicPageKinds[i].title]),
    })),
  )
}
