import type { PayloadRequest, Where } from 'payload'

// The only collection with scheduled publishing.
type Collection = 'news-releases'

/** Payload's scheduled-publish task: the same jobs the admin's "Schedule publish" drawer shows. */
const TASK = 'schedulePublish'

const pendingLiftsWhere = (collection: Collection, id: number, at: string): Where => ({
  and: [
    { taskSlug: { equals: TASK } },
    { 'input.type': { equals: 'publish' } },
    { 'input.doc.relationTo': { equals: collection } },
    // The id's type in the stored input depends on who queued it and on the adapter.
    { or: [{ 'input.doc.value': { equals: id } }, { 'input.doc.value': { equals: String(id) } }] },
    { waitUntil: { equals: at } },
    { completedAt: { exists: false } },
    { processing: { equals: false } },
  ],
})

export const cancelEmbargoLift = async (req: PayloadRequest, collection: Collection, id: number, at: string) => {
  await req.payload.delete({ collection: 'payload-jobs', where: pendingLiftsWhere(collection, id, at), overrideAccess: true, req })
}

/** Queues the publish at `at` unless one is already waiting for exactly that moment. */
export const queueEmbargoLift = async (
  req: PayloadRequest,
  collection: Collection,
  id: number,
  at: string,
) => {
  const { totalDocs } = await req.payload.count({ collection: 'payload-jobs', where: pendingLiftsWhere(collection, id, at), overrideAccess: true, req })
  if (totalDocs > 0) return
  await req.payload.jobs.queue({
    task: TASK,
    input: { type: 'publish', doc: { relationTo: collection, value: id } },
    waitUntil: new Date(at),
    req,
  })
}
