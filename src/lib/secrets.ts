import { createHash, timingSafeEqual } from 'node:crypto'

const DEVELOPMENT_SECRET = 'beacon-development-secret-not-for-production'
// Placeholders that have stood in for a secret in our own files: never acceptable in production.
const KNOWN_PLACEHOLDERS = [DEVELOPMENT_SECRET, 'change-this-secret-before-going-public']
const MIN_LENGTH = 32

export class MissingSecretError extends Error {}

const isProductionServer = () =>
  process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build'

/**
 * In production the secret must be set, long and not one of our placeholders: it signs every
 * login, session and preview token, so a guessable one would let anyone sign in as anyone.
 */
export const assertProductionSecret = (secret = process.env.PAYLOAD_SECRET): void => {
  if (!isProductionServer()) return
  const problem = !secret
    ? 'is not set'
    : KNOWN_PLACEHOLDERS.includes(secret)
      ? 'is a placeholder from the documentation'
      : secret.length < MIN_LENGTH
        ? `is shorter than ${MIN_LENGTH} characters`
        : null
  if (problem) {
    throw new MissingSecretError(
      `PAYLOAD_SECRET ${problem}. In production it signs every login and session: set it to a long random value, ` +
        'for example PAYLOAD_SECRET=$(openssl rand -hex 32), in the environment or in .env, and start again.',
    )
  }
}

/** For start-ups (the server, the scripts): a missing secret ends the process with the message, not a stack trace. */
export const exitWithoutProductionSecret = (): void => {
  try {
    assertProductionSecret()
  } catch (error) {
    if (!(error instanceof MissingSecretError)) throw error
    console.error(`\n  Beacon cannot start: ${error.message}\n`)
    process.exit(1)
  }
}

export const payloadSecret = (): string => {
  assertProductionSecret()
  return process.env.PAYLOAD_SECRET || DEVELOPMENT_SECRET
}

/**
 * What a job runner (our own timer, or an outside cron) sends as `Authorization: Bearer …` to run
 * due jobs. Derived from PAYLOAD_SECRET unless CRON_SECRET is set, so nothing more to configure.
 */
export const cronSecret = (): string =>
  process.env.CRON_SECRET ||
  createHash('sha256').update(`beacon-cron:${payloadSecret()}`).digest('hex')

const sameSecret = (sent: string, expected: string): boolean => {
  const a = Buffer.from(sent)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

export const hasCronSecret = (headers: Headers): boolean =>
  sameSecret(headers.get('authorization') ?? '', `Bearer ${cronSecret()}`)

/** Carried by the admin's preview links to /next/preview, which also wants a signed-in staff member. */
export const previewSecret = (): string =>
  process.env.PREVIEW_SECRET ||
  createHash('sha256').update(`beacon-preview:${payloadSecret()}`).digest('hex')

export const isPreviewSecret = (value: unknown): boolean =>
  typeof value === 'string' && sameSecret(value, previewSecret())
