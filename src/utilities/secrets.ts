import { createHash, timingSafeEqual } from 'node:crypto'

export const payloadSecret = (): string => process.env.PAYLOAD_SECRET || 'beacon-development-secret-not-for-production'

/**
 * What a job runner (our own timer, or an outside cron) sends as `Authorization: Bearer …` to run
 * due jobs. Derived from PAYLOAD_SECRET unless CRON_SECRET is set, so nothing more to configure.
 */
export const cronSecret = (): string =>
  process.env.CRON_SECRET || createHash('sha256').update(`beacon-cron:${payloadSecret()}`).digest('hex')

export const hasCronSecret = (headers: Headers): boolean => {
  const sent = Buffer.from(headers.get('authorization') ?? '')
  const expected = Buffer.from(`Bearer ${cronSecret()}`)
  return sent.length === expected.length && timingSafeEqual(sent, expected)
}
