import type { CollectionConfig, Field, TextField, UIField } from 'payload'
import { allowRoles } from '@/access/allowRoles'
import { allowRolesOrTranslation } from '@/access/allowRolesOrTranslation'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import type { Role } from '@/access/roles'
import type { DocumentKind } from '@/documents/kinds'
import { previewAdmin } from '@/documents/preview'
import { inlinePressContactsField } from '@/fields/inlinePressContacts'
import { type Read, searchTextField } from '@/fields/searchText'
import { seoField, seoTexts } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { translationStatusField } from '@/fields/translationStatus'
import { viewOnSiteField } from '@/fields/viewOnSite'
import { omitSearchText } from '@/hooks/omitSearchText'
import { withRevalidation } from '@/revalidation/withRevalidation'
import { isSearched } from '@/search/entries'
import { searchIndexHooks } from '@/search/sync'
import { withDrafts } from './withDrafts'

export interface PublicPage extends Omit<CollectionConfig, 'slug' | 'fields'> {
  /** The kind's own fields, with the slug and the link to the site placed where the admin shows them. */
  fields: (parts: { slug: TextField; viewOnSite: UIField }) => Field[]
  /** The fields a slug left empty is made from, and the prefix when they give none (see slugField). */
  slugFrom: { fields: string[]; fallback: string }
  /** Who creates, edits and deletes; translators edit their own languages (allowRolesOrTranslation). */
  editors: Role[]
  /** The words the site search matches (see searchTextField). */
  searchText: (read: Read) => unknown[]
  /** The translated words whose changes the translation status follows, SEO texts aside: the searched ones unless said. */
  translatedText?: (read: Read) => unknown[]
  /** The rich text field whose press-contact blocks name contacts (see inlinePressContactsField). */
  inlinePressContactsIn?: string
}

/**
 * The recipe of a document with a public page of its own (documents/kinds.ts): public once
 * published, its slug, SEO fields, link to the site, preview, search text (always together with
 * omitSearchText, which keeps it out of every response) and the search index's hooks, translation
 * status, drafts per language and revalidation of the pages that show it. The kind's own fields keep the order they are given.
 */
export const withPublicPage = (kind: DocumentKind, page: PublicPage): CollectionConfig => {
  const {
    fields,
    slugFrom,
    editors,
    searchText,
    translatedText = searchText,
    inlinePressContactsIn,
    ...config
  } = page
  const parts = {
    slug: slugField(slugFrom.fields, slugFrom.fallback),
    viewOnSite: viewOnSiteField(kind.page),
  }
  const own = fields(parts)
  if (!own.includes(parts.slug) || !own.includes(parts.viewOnSite))
    throw new Error(`${kind.collection}: place the slug and viewOnSite fields`)
  const searchIndex = isSearched(kind.collection) ? searchIndexHooks(kind.collection) : undefined
  return withRevalidation(
    withDrafts({
      slug: kind.collection,
      defaultSort: kind.sort,
      ...config,
      access: {
        read: publishedOrStaff,
        create: allowRoles(...editors),
        update: allowRolesOrTranslation(...editors),
        delete: allowRoles(...editors),
        ...config.access,
      },
      hooks: {
        ...config.hooks,
        afterRead: [omitSearchText, ...(config.hooks?.afterRead ?? [])],
        // Before revalidation's (withRevalidation appends them): pages render from a current index.
        afterChange: [
          ...(config.hooks?.afterChange ?? []),
          ...(searchIndex ? [searchIndex.afterChange] : []),
        ],
        afterDelete: [
          ...(config.hooks?.afterDelete ?? []),
          ...(searchIndex ? [searchIndex.afterDelete] : []),
        ],
      },
      admin: { useAsTitle: kind.title, ...previewAdmin(kind.page), ...config.admin },
      fields: [
        ...own,
        seoField,
        ...(inlinePressContactsIn ? [inlinePressContactsField(inlinePressContactsIn)] : []),
        searchTextField(searchText),
        translationStatusField((read) => [...translatedText(read), ...seoTexts(read('meta'))]),
      ],
    }),
  )
}
