// Next calls register() once per server process, on start.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  // Refuse to serve without a real secret, with a message that says what to do (not a stack trace).
  const { assertProductionSecret, MissingSecretError } = await import('./utilities/secrets')
  try {
    assertProductionSecret()
  } catch (error) {
    if (!(error instanceof MissingSecretError)) throw error
    console.error(`\n  Beacon cannot start: ${error.message}\n`)
    process.exit(1)
  }
  const { startJobRunner } = await import('./jobs/runner')
  startJobRunner()
}
