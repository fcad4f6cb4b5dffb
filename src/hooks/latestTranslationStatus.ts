import type { CollectionAfterReadHook } from 'payload'

/**
 * With a publication status per language, reading "the latest draft" in English gives the latest
 * version that changed the English, while a translator's draft saved after it is a newer version.
 * The translation status must come from the newest version of all, whatever the locale read, so
 * staff reads that include it take it from there.
 */
export const latestTranslationStatus: CollectionAfterReadHook = async ({
  doc,
  req,
  collection,
}) => {
  if (
    !req.user ||
    !doc ||
    typeof doc !== 'object' ||
    doc.id === undefined ||
    !('translationStatus' in doc)
  )
    return doc
  const { docs } = await req.payload.findVersions({
    collection: collection.slug as 'news-releases',
    where: { parent: { equals: doc.id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    pagination: false,
    select: { version: { translationStatus: true } } as never,
    req,
  })
  const latest = (docs[0]?.version as { translationStatus?: unknown } | undefined)
    ?.translationStatus
  if (latest !== undefined) doc.translationStatus = latest
  return doc
}
