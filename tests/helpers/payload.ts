import { afterAll, beforeAll } from '@jest/globals'
import type { Payload } from 'payload'
import { getPayload } from 'payload'
import { isMongoUri } from '@/db/databaseUri'

export const STAFF_PASSWORD = 'test-password-1234'

/** A real Payload on this test file's own database. */
export const startPayload = async (): Promise<Payload> => {
  const { default: config } = await import('@payload-config')
  return getPayload({ config })
}

export const stopPayload = async (payload: Payload | undefined): Promise<void> => {
  if (!payload) return
  if (isMongoUri(process.env.DATABASE_URI)) {
    // Test cleanup only: each file's MongoDB database is throwaway.
    await (
      payload.db as unknown as { connection: { dropDatabase: () => Promise<void> } }
    ).connection.dropDatabase()
  }
  await payload.destroy()
}

/** Starts Payload before this file's tests, hands it to `use`, and stops it after them. */
export const withPayload = (use: (payload: Payload) => void) => {
  let started: Payload | undefined
  beforeAll(async () => {
    started = await startPayload()
    use(started)
  })
  afterAll(async () => {
    await stopPayload(started)
  })
}

/** A staff account and a JWT for it, for REST and GraphQL calls. */
export const createStaff = async (
  payload: Payload,
  email = 'editor@example.org',
  roles: ('admin' | 'editor' | 'translator' | 'pressOfficer')[] = ['admin'],
) => {
  const user = await payload.create({
    collection: 'users',
    data: { email, password: STAFF_PASSWORD, roles, name: 'Test Staff' },
  })
  const { token } = await payload.login({
    collection: 'users',
    data: { email, password: STAFF_PASSWORD },
  })
  if (!token) throw new Error('login gave no token')
  return { user, token, auth: { Authorization: `JWT ${token}` } }
}
