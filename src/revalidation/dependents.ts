import type { CollectionSlug, GlobalSlug, PayloadRequest } from 'payload'
import { preserveRequestLocale } from '@/lib/preserveRequestLocale'
import { relationId } from '@/lib/relationId'
import { collectionTag, documentTag, globalTag } from './tags'

/**
 * Which public pages show a document other than its own page and the lists of its kind: the
 * relations the read layer's queries follow (queries/*), read backwards. When a document changes,
 * the hooks revalidate these pages too, and no others.
 */
type Shown = {
  /** Documents of this collection show the changed one… */
  collection: CollectionSlug
  /** …when this relation path holds its id. */
  path: string
  /** Lists of that collection show it too (a focus area's image on the focus-area list). */
  inLists?: boolean
}

const shownBy: Partial<Record<CollectionSlug, Shown[]>> = {
  contacts: [
    { collection: 'news-releases', path: 'pressContacts' },
    { collection: 'committees', path: 'contacts' },
    { collection: 'focus-areas', path: 'pressContacts' },
    // Placed in a text's press-contact block (see inlinePressContactsField).
    { collection: 'news-releases', path: 'inlinePressContacts' },
    { collection: 'focus-areas', path: 'inlinePressContacts' },
  ],
  'focus-areas': [
    { collection: 'news-releases', path: 'focusAreas' },
    { collection: 'committees', path: 'focusAreas' },
    { collection: 'partners', path: 'focusAreas' },
    { collection: 'contacts', path: 'topics', inLists: true },
  ],
  committees: [{ collection: 'focus-areas', path: 'activities.committee' }],
  partners: [{ collection: 'focus-areas', path: 'partners' }],
  media: [
    { collection: 'news-releases', path: 'heroImage' },
    { collection: 'news-releases', path: 'meta.image' },
    { collection: 'focus-areas', path: 'heroImage', inLists: true },
    { collection: 'focus-areas', path: 'meta.image' },
    { collection: 'focus-areas', path: 'relatedMaterials.file' },
    { collection: 'partners', path: 'logo' },
    { collection: 'partners', path: 'meta.image' },
    { collection: 'committees', path: 'meta.image' },
  ],
}

/** Globals that show a document: the site settings' logo is on every page. */
const globalsShowing: Partial<Record<CollectionSlug, { global: GlobalSlug; path: string }[]>> = {
  media: [{ global: 'site-settings', path: 'logo' }],
}

/**
 * Pages that show documents the changed one points to: a release is listed on the pages of its
 * focus areas and of its press contacts; a focus area's activities appear on its committees' pages.
 */
const showsOn: Partial<Record<CollectionSlug, { collection: CollectionSlug; ids: (doc: Record<string, unknown>) => unknown[] }[]>> = {
  'news-releases': [
    { collection: 'focus-areas', ids: (doc) => asArray(doc.focusAreas) },
    { collection: 'contacts', ids: (doc) => asArray(doc.pressContacts) },
  ],
  'focus-areas': [{ collection: 'committees', ids: (doc) => asArray(doc.activities).map((row) => (row as { committee?: unknown })?.committee) }],
  // A focus area with no chosen press contacts lists those whose topics include it.
  contacts: [{ collection: 'focus-areas', ids: (doc) => asArray(doc.topics) }],
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

const slugsWhere = async (req: PayloadRequest, collection: CollectionSlug, where: Record<string, unknown>): Promise<string[]> => {
  const { docs } = await preserveRequestLocale(req, () =>
    req.payload.find({ collection, where: where as never, depth: 0, pagination: false, overrideAccess: true, select: { slug: true } as never, req }),
  )
  return docs.map((doc) => (doc as { slug?: string }).slug).filter((slug): slug is string => typeof slug === 'string')
}

/** The tags of every other page that shows this document, in any of its states (before and after). */
export const dependentTags = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string | number,
  states: (Record<string, unknown> | undefined)[],
): Promise<string[]> => {
  const tags: string[] = []
  for (const shown of shownBy[collection] ?? []) {
    const slugs = await slugsWhere(req, shown.collection, { [shown.path]: { equals: id } })
    tags.push(...slugs.map((slug) => documentTag(shown.collection, slug)))
    if (shown.inLists && slugs.length) tags.push(collectionTag(shown.collection))
  }
  for (const { global, path } of globalsShowing[collection] ?? []) {
    const settings = (await preserveRequestLocale(req, () => req.payload.findGlobal({ slug: global, depth: 0, overrideAccess: true, req }))) as unknown as Record<string, unknown>
    if (String(relationId(settings[path])) === String(id)) tags.push(globalTag(global))
  }
  for (const { collection: target, ids } of showsOn[collection] ?? []) {
    const targetIds = [...new Set(states.flatMap((state) => (state ? ids(state).map(relationId) : [])).filter((value) => value !== undefined))]
    if (targetIds.length) {
      const slugs = await slugsWhere(req, target, { id: { in: targetIds } })
      tags.push(...slugs.map((slug) => documentTag(target, slug)))
    }
  }
  return tags
}
