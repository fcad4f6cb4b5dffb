// Brings the search index up to date with the database on start (scripts/prepare.ts, before the
// site serves): an index that is empty (a database from before it, or restored), behind (written by
// code without its hooks), or of an older SEARCH_INDEX_VERSION is filled in batches; one that is
// current costs a few queries per kind.
import type { Payload } from 'payload'
import { type SearchedCollection, searchedKinds } from '@/documents/kinds'
import { indexedDocument, publishedWhere, readForIndex, SEARCH_INDEX_VERSION } from './entries'
import type { Stamp } from './store'
import { searchStore } from './stores'

const BATCH = 100

export interface FillReport {
  /** The kinds whose documents were read and compared, not found current at once. */
  checked: SearchedCollection[]
  written: number
  removed: number
  ms: number
}

/** Whether the index holds as many documents of a kind as are published, all current. */
const isCurrent = async (
  payload: Payload,
  kind: SearchedCollection,
  stamps: Map<string, Stamp>,
  version: number,
) => {
  const published = await payload.db.count({
    collection: kind,
    locale: 'all',
    where: publishedWhere,
  })
  if (published.totalDocs !== stamps.size) return false
  let newest = ''
  for (const stamp of stamps.values()) {
    if (stamp.version !== version) return false
    if (stamp.updatedAt > newest) newest = stamp.updatedAt
  }
  if (!stamps.size) return true
  const latest = await payload.db.find<{ updatedAt: string }>({
    collection: kind,
    locale: 'all',
    where: publishedWhere,
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    select: { updatedAt: true },
  })
  const changed = latest.docs[0]?.updatedAt
  return Boolean(changed) && new Date(changed).toISOString() === newest
}

/**
 * Compares every published document of a kind with the index, a batch at a time, and writes those
 * that changed since they were indexed (all of them after a version change); then takes out what
 * the index holds of documents no longer published.
 */
const reconcile = async (
  payload: Payload,
  kind: SearchedCollection,
  stamps: Map<string, Stamp>,
  version: number,
) => {
  const store = searchStore(payload)
  const seen = new Set<string>()
  let written = 0
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await readForIndex(payload, kind, {
      where: publishedWhere,
      page,
      limit: BATCH,
    })
    const changed = docs.flatMap((doc) => {
      seen.add(String(doc.id))
      const stamp = stamps.get(String(doc.id))
      const indexed = indexedDocument(kind, doc, version)
      return indexed && (stamp?.updatedAt !== indexed.updatedAt || stamp.version !== version)
        ? [indexed]
        : []
    })
    await store.put(changed)
    written += changed.length
    if (!hasNextPage) break
  }
  // Gone from the pages read: deleted or unpublished, or published meanwhile (their hooks indexed
  // them): asked once more, so that only the first are taken out.
  const missing = [...stamps.keys()].filter((id) => !seen.has(id))
  let removed = 0
  for (let at = 0; at < missing.length; at += BATCH) {
    const ids = missing.slice(at, at + BATCH)
    const { docs } = await readForIndex(payload, kind, {
      where: { and: [{ id: { in: ids } }, publishedWhere] },
      limit: BATCH,
    })
    const still = new Set(docs.map((doc) => String(doc.id)))
    for (const id of ids.filter((id) => !still.has(id))) {
      await store.remove(kind, id)
      removed++
    }
  }
  return { written, removed }
}

/** Makes the index's tables or collection where they are missing (Payload's onInit). */
export const ensureSearchIndex = (payload: Payload) => searchStore(payload).ensure()

export const fillSearchIndex = async (
  payload: Payload,
  { version = SEARCH_INDEX_VERSION }: { version?: number } = {},
): Promise<FillReport> => {
  const started = performance.now()
  const store = searchStore(payload)
  await store.ensure()
  const report: FillReport = { checked: [], written: 0, removed: 0, ms: 0 }
  for (const { collection: kind } of searchedKinds) {
    const stamps = await store.stamps(kind)
    if (await isCurrent(payload, kind, stamps, version)) continue
    report.checked.push(kind)
    const { written, removed } = await reconcile(payload, kind, stamps, version)
    report.written += written
    report.removed += removed
  }
  report.ms = performance.now() - started
  return report
}
