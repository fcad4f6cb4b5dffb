import type { CollectionConfig, Endpoint, Payload, Where } from 'payload'

// Payload marks a job `processing` when a run claims it and clears the mark when the run ends. An
// instance that dies mid-job leaves the mark, and Payload never picks that job up again: a due
// embargo lift would stay unpublished. A run touches its job (updatedAt) at every step and ends
// within a minute (the runner's request times out), so a mark older than two minutes has no run
// behind it.
export const STUCK_AFTER_MS = 120_000
// A job that kills its instance every time it runs is given up after as many tries as its task's
// own retries allow, instead of stopping an instance every two minutes for ever.
const DEFAULT_TRIES = 4
// Bounded like every request's work; the rest are released on the next run.
const RELEASED_PER_CALL = 50

const stuckSince = (now: number): Where => ({
  and: [
    { processing: { equals: true } },
    { completedAt: { exists: false } },
    { updatedAt: { less_than: new Date(now - STUCK_AFTER_MS).toISOString() } },
  ],
})

/**
 * Hands jobs whose run stopped mid-way back to the queue, counting the try, and says which ids it
 * released and which it gave up. The caller holds the job runner's lock, so no other run starts
 * meanwhile.
 */
export const releaseStuckJobs = async (
  payload: Payload,
  now = Date.now(),
): Promise<{ released: (number | string)[]; givenUp: (number | string)[] }> => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: stuckSince(now),
    limit: RELEASED_PER_CALL,
    depth: 0,
    overrideAccess: true,
  })
  const released: (number | string)[] = []
  const givenUp: (number | string)[] = []
  for (const job of docs) {
    const task = payload.config.jobs.tasks?.find((each) => each.slug === job.taskSlug)
    const retries = typeof task?.retries === 'number' ? task.retries : task?.retries?.attempts
    const tries = (job.totalTried ?? 0) + 1
    const giveUp = tries >= (retries === undefined ? DEFAULT_TRIES : retries + 1)
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: giveUp
        ? {
            processing: false,
            totalTried: tries,
            hasError: true,
            error: { message: `The instance running this job stopped ${tries} times.` },
          }
        : { processing: false, totalTried: tries },
      depth: 0,
      overrideAccess: true,
    })
    ;(giveUp ? givenUp : released).push(job.id)
  }
  if (released.length || givenUp.length)
    payload.logger.warn({ released, givenUp }, 'Jobs whose instance stopped mid-run')
  return { released, givenUp }
}

/** POST /api/payload-jobs/recover: for whoever may run jobs (jobs.access.run), as /run is. */
const recoverEndpoint: Endpoint = {
  path: '/recover',
  method: 'post',
  handler: async (req) => {
    const mayRun = req.payload.config.jobs.access?.run
    if (!mayRun || !(await mayRun({ req })))
      return Response.json({ message: req.i18n.t('error:unauthorized') }, { status: 401 })
    return Response.json(await releaseStuckJobs(req.payload))
  },
}

/** Payload's jobs collection with the recovery endpoint beside its /run. */
export const withStuckJobRecovery = ({
  defaultJobsCollection,
}: {
  defaultJobsCollection: CollectionConfig
}): CollectionConfig => ({
  ...defaultJobsCollection,
  endpoints: [...(defaultJobsCollection.endpoints || []), recoverEndpoint],
})
