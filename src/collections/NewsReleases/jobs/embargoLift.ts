import type { PayloadRequest, Where } from 'payload'

/** Publishes every language of the release (see liftEmbargoTask). */
const TASK = 'liftEmbargo'

const pendingLiftsWhere = (id: number, at: string): Where => ({
  and: [
    { taskSlug: { equals: TASK } },
    // The id's type in the stored input depends on who queued it and on the adapter.
    { or: [{ 'input.release': { equals: id } }, { 'input.release': { equals: String(id) } }] },
    { waitUntil: { equals: at } },
    { completedAt: { exists: false } },
    { processing: { equals: false } },
  ],
})

export const cancelEmbargoLift = async (req: PayloadRequest, id: number, at: string) => {
  await req.payload.delete({
    collection: 'payload-jobs',
    where: pendingLiftsWhere(id, at),
    overrideAccess: true,
    req,
  })
}

/** Queues the publish at `at` unless one is already waiting for exactly that moment. */
export const queueEmbargoLift = async (req: PayloadRequest, id: number, at: string) => {
  const { totalDocs } = await req.payload.count({
    collection: 'payload-jobs',
    where: pendingLiftsWhere(id, at),
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) return
  await req.payload.jobs.queue({ task: TASK, input: { release: id }, waitUntil: new Date(at), req })
}
