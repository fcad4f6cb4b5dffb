import { checkTrustedProxies, recordPeerAddresses } from './api-guards/clientAddress'
import { startJobRunner } from './jobs/runner'
import { exitWithoutProductionSecret } from '@/lib/secrets'
import { sharedRedis } from '@/lib/sharedRedis'

/**
 * The Node.js server's start: refuse to serve without a real secret or with a malformed proxy list,
 * record each request's socket address for the rate limits, connect to the Redis the instances
 * share (if they do) before the first request, then run due jobs.
 */
export const startServer = (): void => {
  exitWithoutProductionSecret()
  checkTrustedProxies()
  recordPeerAddresses()
  sharedRedis()
  startJobRunner()
}
