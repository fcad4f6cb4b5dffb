import type { CollectionSlug, GlobalSlug, PayloadRequest } from 'payload'
import { preserveRequestLocale } from '@/lib/preserveRequestLocale'
import { relationId } from '@/lib/relationId'
import { documentKinds } from '@/documents/kinds'
import { collectionTag, documentTag, globalTag } from './tags'

/**
 * Which public pages show a document other than its own page and the lists of its kind: the
 * relations of each kind (documents/kinds.ts), read backwards. When a document changes, the hooks
 * revalidate these pages too, and no others.
 */
const shownBy = (
  changed: CollectionSlug,
): { collection: CollectionSlug; path: string; inLists: boolean }[] =>
  documentKinds.flatMap((kind) =>
    kind.relations
      .filter((relation) => relation.to === changed)
      // With `inLists`, that kind's lists show it too (a focus area's image on the focus-area list).
      .map((relation) => ({
        collection: kind.collection,
        path: relation.path,
        inLists: 'inLists' in relation,
      })),
  )

/** Globals that show a document: the site settings' logo is on every page. */
const globalsShowing: Partial<Record<CollectionSlug, { global: GlobalSlug; path: string }[]>> = {
  media: [{ global: 'site-settings', path: 'logo' }],
}

/**
 * Pages that show documents the changed one points to: a release is listed on the pages of its
 * focus areas and of its press contacts; a focus area's activities appear on its committees' pages.
 */
const showsOn = (changed: CollectionSlug): { collection: CollectionSlug; path: string }[] =>
  documentKinds
    .filter((kind) => kind.collection === changed)
    .flatMap((kind) =>
      kind.relations
        .filter((relation) => 'listedThere' in relation)
        .map(({ to, path }) => ({ collection: to, path })),
    )

/** The values at a dotted path, through arrays on the way (`activities.committee`: each row's committee). */
const valuesAt = (value: unknown, path: string[]): unknown[] => {
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, path))
  if (!path.length) return [value]
  return value && typeof value === 'object'
    ? valuesAt((value as Record<string, unknown>)[path[0]], path.slice(1))
    : []
}

const slugsWhere = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  where: Record<string, unknown>,
): Promise<string[]> => {
  const { docs } = await preserveRequestLocale(req, () =>
    req.payload.find({
      collection,
      where: where as never,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { slug: true } as never,
      req,
    }),
  )
  return docs
    .map((doc) => (doc as { slug?: string }).slug)
    .filter((slug): slug is string => typeof slug === 'string')
}

/** The tags of every other page that shows this document, in any of its states (before and after). */
export const dependentTags = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string | number,
  states: (Record<string, unknown> | undefined)[],
): Promise<string[]> => {
  const tags: string[] = []
  for (const shown of shownBy(collection)) {
    const slugs = await slugsWhere(req, shown.collection, { [shown.path]: { equals: id } })
    tags.push(...slugs.map((slug) => documentTag(shown.collection, slug)))
    if (shown.inLists && slugs.length) tags.push(collectionTag(shown.collection))
  }
  for (const { global, path } of globalsShowing[collection] ?? []) {
    const settings = (await preserveRequestLocale(req, () =>
      req.payload.findGlobal({ slug: global, depth: 0, overrideAccess: true, req }),
    )) as unknown as Record<string, unknown>
    if (String(relationId(settings[path])) === String(id)) tags.push(globalTag(global))
  }
  for (const { collection: target, path } of showsOn(collection)) {
    const targetIds = [
      ...new Set(
        states
          .flatMap((state) => (state ? valuesAt(state, path.split('.')).map(relationId) : []))
          .filter((value) => value !== undefined),
      ),
    ]
    if (targetIds.length) {
      const slugs = await slugsWhere(req, target, { id: { in: targetIds } })
      tags.push(...slugs.map((slug) => documentTag(target, slug)))
    }
  }
  return tags
}
