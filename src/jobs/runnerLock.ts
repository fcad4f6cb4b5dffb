import { withSharedLock } from '@/lib/sharedLock'

// Payload claims due jobs by reading them and then marking them, not atomically: two instances
// running jobs at once could both claim one embargo lift. So one instance at a time runs them. A
// run lasts at most a minute (the runner's request times out), so the lock outlives it by half a
// minute and needs no renewal.
const JOB_RUNNER_LOCK = 'beacon:jobs:runner'

/**
 * Runs `run` if no other instance is running jobs, and says whether it did. Alone (no REDIS_URL)
 * it always runs; while Redis is away it does not (the jobs wait for it rather than run twice).
 */
export const whileHoldingJobLock = async (run: () => Promise<void>): Promise<boolean> =>
  (await withSharedLock(JOB_RUNNER_LOCK, { holdMs: 90_000, waitMs: 0, whileAway: 'give up' }, run))
    .ran
