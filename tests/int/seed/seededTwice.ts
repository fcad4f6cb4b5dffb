// The seed run twice on one database, with what the first run left counted, so the tests can check
// that the second run changed nothing and read the demo content it leaves.
import type { CollectionSlug, Payload } from 'payload'
import { seed } from '@/seed'
import { startApiServer, type ApiServer } from '../../helpers/httpServer'
import { startPayload, stopPayload } from '../../helpers/payload'

let payload: Payload
let api: ApiServer
export const collections: CollectionSlug[] = [
  'news-releases',
  'focus-areas',
  'committees',
  'partners',
  'contacts',
  'media',
  'users',
]
export const countsAfterFirstRun: Record<string, number> = {}
export const idsAfterFirstRun: Record<string, unknown[]> = {}

export const countAll = async () => {
  const counts: Record<string, number> = {}
  for (const collection of collections)
    counts[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
  return counts
}
export const idsOf = async (collection: CollectionSlug) =>
  (
    await payload.find({
      collection,
      limit: 0,
      pagination: false,
      depth: 0,
      sort: 'id',
      overrideAccess: true,
      draft: true,
    })
  ).docs.map((d) => d.id)

export const startSeededTwice = async () => {
  payload = await startPayload()
  api = await startApiServer()
  await seed(payload)
  Object.assign(countsAfterFirstRun, await countAll())
  for (const collection of collections) idsAfterFirstRun[collection] = await idsOf(collection)
  await seed(payload)
  return { payload, api }
}
export const stopSeededTwice = async () => {
  await api?.close()
  await stopPayload(payload)
}
