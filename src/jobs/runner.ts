import { selfRequester } from '@/lib/selfRequest'
import { whileHoldingJobLock } from './runnerLock'

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
  const target = process.env.JOBS_RUN_URL || '/api/payload-jobs/run'
  const recoverTarget = target.replace(/\/run$/, '/recover')
  const runJobs = selfRequester('Job runner')
  const recoverJobs = selfRequester('Job recovery')
  let running = false
  const tick = async () => {
    if (running) return
    running = true
    await whileHoldingJobLock(async () => {
      await recoverJobs(recoverTarget, { method: 'POST' })
      await runJobs(target)
    })
    running = false
  }
  setInterval(tick, seconds * 1000).unref()
}
