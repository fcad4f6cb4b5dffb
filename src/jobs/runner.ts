import { cronSecret } from '@/utilities/secrets'
import { serverOrigin } from '@/utilities/serverOrigin'

/**
 * Runs due jobs (scheduled publishes, embargo lifts) every few seconds by calling the server's own
 * /api/payload-jobs/run. Going through an HTTP request, not payload.jobs.run() in a timer, matters:
 * only inside a request can Next revalidate the cached pages a publish changes.
 */
export const startJobRunner = (): void => {
  if (process.env.JOBS_RUNNER === 'off') return
  const seconds = Number(process.env.JOBS_INTERVAL_SECONDS) || 10
  const url = process.env.JOBS_RUN_URL || `${serverOrigin()}/api/payload-jobs/run`
  let running = false
  let lastError = ''
  const tick = async () => {
    if (running) return
    running = true
    try {
      const response = await fetch(url, { headers: { authorization: `Bearer ${cronSecret()}` }, signal: AbortSignal.timeout(60_000) })
      if (!response.ok) throw new Error(`${response.status} ${await response.text()}`)
      lastError = ''
    } catch (error) {
      // Once per kind of failure, not every few seconds.
      const message = String((error as Error)?.message ?? error)
      if (message !== lastError) console.error(`Job runner: ${url} failed: ${message}`)
      lastError = message
    } finally {
      running = false
    }
  }
  setInterval(tick, seconds * 1000).unref()
}
