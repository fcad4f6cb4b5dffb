import { startJobRunner } from './jobs/runner'
import { exitWithoutProductionSecret } from './utilities/secrets'

/** The Node.js server's start: refuse to serve without a real secret, then run due jobs. */
export const startServer = (): void => {
  exitWithoutProductionSecret()
  startJobRunner()
}
