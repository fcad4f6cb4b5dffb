import { selfRequester } from '@/lib/selfRequest'
import { whileHoldingJobLock } from './runnerLock'

// Payload's jobs collection: /run is its own endpoint, /recover ours (./stuckJobs.ts).
const JOBS_API = '/api/payload-jobs'

/**
 * Runs due jobs (scheduled publishes, embargo lifts) every few seconds by calling the server's own
 * /api/payload-jobs/run. Going through an HTTP request, not payload.jobs.run() in a timer, matters:
 * only inside a request can Next revalidate the cached pages a publish changes. With several
 * instances, one at a time runs them (./runnerLock.ts), so a due job runs once; before each run it
 * hands back the jobs of an instance that stopped mid-run (./stuckJobs.ts).
 */
export const startJobRunner = (): void => {
  if (process.env.JOBS_RUNNER === 'off') return
  const seconds = Number(process.env.JOBS_INTERVAL_SECONDS) || 10
  const runJobs = selfRequester('Job runner')
  const recoverJobs = selfRequester('Job recovery')
  let running = false
  const tick = async () => {
    if (running) return
    running = true
    await whileHoldingJobLock(async () => {
      await recoverJobs(`${JOBS_API}/recover`, { method: 'POST' })
      await runJobs(`${JOBS_API}/run`)
    })
    running = false
  }
  setInterval(tick, seconds * 1000).unref()
}
