import type { Payload, Where } from 'payload'
import { relationId } from '@/lib/relationId'
import type { ReadAll, ReadSlug } from '../raw'

/** How a document is read: as the public sees it, or its latest drafts for staff in draft mode. */
export interface ReadOptions {
  draft?: boolean
}

/**
 * The documents of a find without `select` on a collection S not yet known. For a generic S,
 * TypeScript cannot resolve Payload's result type (a conditional type on S); for each actual S it is
 * Docs[S], read here with locale "all" (see inAllLocales, which checks it where S is known).
 */
const foundInAllLocales = <S extends ReadSlug>(_collection: S, docs: readonly unknown[]) =>
  docs as ReadAll<S>[]

/** The public kinds of document, each with a page of its own, found by slug. */
type PageSlug = 'news-releases' | 'focus-areas' | 'committees' | 'partners' | 'contacts'

/**
 * One published document by slug, with every locale, as the anonymous reader sees it: drafts and
 * staff-only fields never reach the public site. In draft mode (staff only, see /next/preview) it
 * is the latest version of every language instead; the mappers still take public fields only.
 */
export const findOneBySlug = async <S extends PageSlug>(
  payload: Payload,
  collection: S,
  slug: string,
  { draft = false }: ReadOptions = {},
): Promise<ReadAll<S> | undefined> => {
  const { docs } = await payload.find({
    collection,
    locale: 'all',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    draft,
    overrideAccess: draft,
  })
  return foundInAllLocales(collection, docs)[0]
}

/** A relation's document if it came back populated (an id alone means the reader may not see it). */
export const populatedOne = <T extends object>(
  value: number | T | null | undefined,
): T | undefined => (value && typeof value === 'object' ? value : undefined)

/** The related documents that came back populated, in order. */
export const populated = <T extends object>(
  value: readonly (number | T)[] | null | undefined,
): T[] => (value ?? []).flatMap((item) => populatedOne(item) ?? [])

type RelatedSlug = 'focus-areas' | 'contacts' | 'media'

/**
 * The documents with these ids that the anonymous reader may see, in every language, in the order
 * of the ids (the editor's order); those the reader may not see are left out.
 */
export const publicDocs = async <S extends RelatedSlug>(
  payload: Payload,
  collection: S,
  ids: readonly unknown[],
  where?: Where,
): Promise<ReadAll<S>[]> => {
  const wanted = [...new Set(ids.map(relationId).filter((id) => id !== undefined && id !== null))]
  if (wanted.length === 0) return []
  const { docs } = await payload.find({
    collection,
    locale: 'all',
    where: where ? { and: [{ id: { in: wanted } }, where] } : { id: { in: wanted } },
    pagination: false,
    depth: 0,
    overrideAccess: false,
  })
  const byId = new Map(foundInAllLocales(collection, docs).map((doc) => [String(doc.id), doc]))
  return ids.flatMap((id) => byId.get(String(relationId(id))) ?? [])
}
