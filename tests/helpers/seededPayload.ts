import type { Payload } from 'payload'
import { seed } from '@/seed'
import { startPayload } from './payload'

/** A real Payload on this test file's own database, holding the demo content. */
export const startSeededPayload = async (): Promise<Payload> => {
  const payload = await startPayload()
  await seed(payload)
  return payload
}
