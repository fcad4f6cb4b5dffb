// Next calls register() once per server process, on start.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { startJobRunner } = await import('./jobs/runner')
  startJobRunner()
}
