import type { CollectionAfterReadHook } from 'payload'
import { locales } from '@/i18n/locales'
import { removeLocales } from '@/lib/localizedValues'
import { publishedLocales } from '@/documents/publishedLocales'

/**
 * A document's stored text may hold languages that are not published (a translation published
 * later, or a language unpublished on its own). The anonymous reader of a document read with
 * every locale gets the published languages only, in REST, GraphQL and the public site alike.
 * Trusted server code that overrides access (an embargo link's page) gets everything.
 */
export const hideUnpublishedLocales: CollectionAfterReadHook = ({
  doc,
  req,
  collection,
  overrideAccess,
}) => {
  if (req.user || overrideAccess || !doc || typeof doc !== 'object') return doc
  const status = (doc as { _status?: unknown })._status
  if (!status || typeof status !== 'object') return doc
  const published = publishedLocales(status)
  const unpublished = locales.filter((locale) => !published.includes(locale))
  if (unpublished.length === 0) return doc
  removeLocales(
    collection.fields.filter((field) => !('name' in field) || field.name !== '_status'),
    doc,
    unpublished,
  )
  return doc
}
