import { startJobRunner } from './jobs/runner'
import { assertProductionSecret, MissingSecretError } from './utilities/secrets'

/** The Node.js server's start: refuse to serve without a real secret, then run due jobs. */
export const startServer = (): void => {
  try {
    assertProductionSecret()
  } catch (error) {
    if (!(error instanceof MissingSecretError)) throw error
    // A message that says what to do, not a stack trace.
    console.error(`\n  Beacon cannot start: ${error.message}\n`)
    process.exit(1)
  }
  startJobRunner()
}
