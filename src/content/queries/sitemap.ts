import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { type PublicPageCollection, publicPageKinds } from '@/documents/kinds'
import { inAllLocales, type LocalizedTextField, type PerLocale } from '../raw'
import { localesWith } from '../translated'

export interface SitemapDocument {
  collection: PublicPageCollection
  slug: string
  updatedAt: string
  /** Only the languages the document really exists in. */
  locales: Locale[]
}

type Registered = (typeof publicPageKinds)[number]
// The registry names each title field by string; a field that is not localized text fails here.
type Checked<K> = K extends Registered
  ? K['title'] extends LocalizedTextField<K['collection']>
    ? K
    : never
  : never
const _titlesChecked: [Exclude<Registered, Checked<Registered>>] extends [never] ? true : false =
  true

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
    inAllLocales(publicPageKinds[i].collection, result.docs).map((doc) => ({
      collection: publicPageKinds[i].collection,
      slug: doc.slug ?? '',
      updatedAt: doc.updatedAt,
      // The title was selected by its name; its type depends on the kind, which TypeScript does not follow here.
      locales: localesWith(
        (doc as Partial<Record<string, PerLocale<string | null>>>)[publicPageKinds[i].title],
      ),
    })),
  )
}
