import type { PayloadRequest } from 'payload'
import { hasCronSecret } from '@/lib/secrets'

/** Due jobs may be run by staff or by the runner holding the cron secret, nobody else. */
export const staffOrCronRunner = ({ req }: { req: PayloadRequest }): boolean =>
  Boolean(req.user) || hasCronSecret(req.headers)
