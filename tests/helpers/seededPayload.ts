import { afterAll, beforeAll } from '@jest/globals'
import type { Payload } from 'payload'
import { seed } from '@/seed'
import { startPayload, stopPayload } from './payload'

/** A real Payload on this test file's own database, holding the demo content. */
export const startSeededPayload = async (): Promise<Payload> => {
  const payload = await startPayload()
  await seed(payload)
  return payload
}

/** Starts a seeded Payload before this file's tests, hands it to `use`, and stops it after them. */
export const withSeededPayload = (use: (payload: Payload) => void) => {
  let started: Payload | undefined
  beforeAll(async () => {
    started = await startSeededPayload()
    use(started)
  }, 300_000)
  afterAll(async () => {
    await stopPayload(started)
  })
}
