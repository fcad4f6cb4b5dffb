import { checkTrustedProxies, recordPeerAddresses } from './api-guards/clientAddress'
import { startJobRunner } from './jobs/runner'
import { exitWithoutProductionSecret } from '@/lib/secrets'

/**
 * The Node.js server's start: refuse to serve without a real secret or with a malformed proxy list,
 * record each request's socket address for the rate limits, then run due jobs.
 */
export const startServer = (): void => {
  exitWithoutProductionSecret()
  checkTrustedProxies()
  recordPeerAddresses()
  startJobRunner()
}
