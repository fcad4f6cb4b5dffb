import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'
import { defaultLocale, locales, type Locale } from '@/i18n/locales'

type Doc = Record<string, unknown> & { id: number | string }

// Revalidation hooks (the public site) skip their work when this context is set: seeding re-renders nothing.
export const seedContext = { disableRevalidate: true }

/**
 * Array rows are shared by all locales (only their fields are localized), so every locale's
 * write must carry the row ids of the English write, or it would replace the rows.
 */
export const keepRowIds = <T extends object>(
  rows: T[],
  existing: unknown,
): (T & { id?: string })[] => {
  const previous = Array.isArray(existing) ? (existing as { id?: string }[]) : []
  return rows.map((row, i) => (previous[i]?.id ? { ...row, id: previous[i].id } : row))
}

/**
 * Creates or updates the document with this slug: English first, then each translation.
 * Run twice, it leaves the same documents.
 */
export const upsertLocalized = async <C extends CollectionSlug>(
  payload: Payload,
  collection: C,
  slug: string,
  build: (locale: Locale, current: Doc | undefined) => Record<string, unknown>,
): Promise<Doc> => {
  const found = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    locale: defaultLocale,
    draft: true,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    context: seedContext,
  })
  let current = found.docs[0] as unknown as Doc | undefined
  // Demo content is published in every language it is written in.
  const status = payload.collections[collection].config.versions?.drafts
    ? { _status: 'published' }
    : {}
  for (const locale of locales) {
    const data = { slug, ...status, ...build(locale, current) }
    current = (current
      ? await payload.update({
          collection,
          id: current.id,
          data: data as never,
          locale,
          depth: 0,
          overrideAccess: true,
          context: seedContext,
        })
      : await payload.create({
          collection,
          data: data as RequiredDataFromCollectionSlug<C>,
          locale,
          depth: 0,
          overrideAccess: true,
          context: seedContext,
        })) as unknown as Doc
  }
  return current as Doc
}

export type IdMap = Map<string, number | string>

export const idsOf = (map: IdMap, keys: string[], kind: string): (number | string)[] =>
  keys.map((key) => {
    const id = map.get(key)
    if (id === undefined) throw new Error(`Seed: unknown ${kind} "${key}"`)
    return id
  })
