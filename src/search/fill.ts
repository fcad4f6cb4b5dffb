// Brings the search index up to date with the database on start (scripts/prepare.ts, before the
// site serves). Every document's last change is compared with what the index holds of it: one
// missing from the index (an empty index, a database from before it, a restore), changed since it
// was indexed (by code without the hooks), or indexed by an older SEARCH_INDEX_VERSION is read and
// indexed again, in batches; what the index holds of documents deleted or no longer published is
// taken out. A current index costs two light reads per kind.
import type { Payload } from 'payload'
import { type SearchedCollection, searchedKinds } from '@/documents/kinds'
import { indexedDocument, publishedWhere, readForIndex, SEARCH_INDEX_VERSION } from './entries'
import { searchStore } from './stores'

const BATCH = 100

export interface FillReport {
  /** The kinds of which something was written or taken out. */
  changed: SearchedCollection[]
  written: number
  removed: number
  ms: number
}

/** Every document of a kind, published or not: its id and last change, nothing else. */
const lastChanges = async (payload: Payload, kind: SearchedCollection) => {
  // No condition on each language's status: its join costs more than reading again, on every
  // start, the few documents never published (drafts), which the index does not hold.
  const { docs } = await payload.db.find<{ id: number | string; updatedAt: string }>({
    collection: kind,
    pagination: false,
    select: { updatedAt: true },
  })
  return new Map(docs.map((doc) => [String(doc.id), new Date(doc.updatedAt).toISOString()]))
}

/** Indexes what changed of one kind and takes out what is gone; how many of each. */
const catchUp = async (payload: Payload, kind: SearchedCollection, version: number) => {
  const store = searchStore(payload)
  const stamps = await store.stamps(kind)
  const changes = await lastChanges(payload, kind)
  const outdated = (id: string) =>
    stamps.get(id)?.updatedAt !== changes.get(id) || stamps.get(id)?.version !== version
  const ids = [...new Set([...changes.keys(), ...stamps.keys()])].filter(outdated)
  let written = 0
  let removed = 0
  for (let at = 0; at < ids.length; at += BATCH) {
    const batch = ids.slice(at, at + BATCH)
    // Read as they are now, published ones only.
    const { docs } = await readForIndex(payload, kind, {
      where: { and: [{ id: { in: batch } }, publishedWhere] },
      limit: BATCH,
    })
    const indexed = docs.flatMap((doc) => indexedDocument(kind, doc, version) ?? [])
    await store.put(indexed)
    written += indexed.length
    // Deleted, or no longer published in any language.
    const published = new Set(indexed.map((doc) => doc.id))
    for (const id of batch.filter((id) => stamps.has(id) && !published.has(id))) {
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
  await searchStore(payload).ensure()
  const report: FillReport = { changed: [], written: 0, removed: 0, ms: 0 }
  for (const { collection: kind } of searchedKinds) {
    const { written, removed } = await catchUp(payload, kind, version)
    if (written || removed) report.changed.push(kind)
    report.written += written
    report.removed += removed
  }
  report.ms = performance.now() - started
  return report
}
