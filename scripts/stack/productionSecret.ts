import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Production refuses to start without a secret of 32 characters or more. Without one set, the stack
 * keeps its own in data/ (gitignored), so logins survive a restart.
 */
export const productionSecret = (
  fail: (message: string) => never,
): { secret: string; note?: string } => {
  const given = process.env.PAYLOAD_SECRET
  if (given)
    return given.length >= 32
      ? { secret: given }
      : fail('PAYLOAD_SECRET must be 32 characters or more (openssl rand -hex 32).')
  const file = path.join('data', 'stack-secret')
  if (!existsSync(file)) {
    mkdirSync('data', { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return {
    secret: readFileSync(file, 'utf8').trim(),
    note: `PAYLOAD_SECRET is not set: using the one kept in ${file}.`,
  }
}
