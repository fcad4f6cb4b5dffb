// The rate limit tests' API. Importing this module sets the limit and the trusted proxy before the
// route modules load (they read them then): import it before anything that loads them.
import type { Payload } from 'payload'
import { validData } from '../../helpers/fixtures'
import type { ApiServer } from '../../helpers/httpServer'
import { createStaff, startPayload, stopPayload } from '../../helpers/payload'

// Read when the route module loads: a small limit for this file only.
process.env.PRESS_RATE_LIMIT = '3'
// As behind the front door: this machine is the proxy whose X-Forwarded-For is believed, so each
// test below can be another client.
process.env.TRUSTED_PROXIES = '127.0.0.1'

let payload: Payload
let api: ApiServer

export const startRateLimitedApi = async () => {
  const { startApiServer } = await import('../../helpers/httpServer')
  payload = await startPayload()
  api = await startApiServer()
  const { auth } = await createStaff(payload)
  const contactId = (await payload.create({ collection: 'contacts', data: validData.contacts() }))
    .id
  await payload.create({ collection: 'partners', data: validData.partners() })
  return { payload, api, auth, contactId }
}
export const stopRateLimitedApi = async () => {
  await api?.close()
  await stopPayload(payload)
}

export const lookup = (client: string, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/api/contacts?depth=0`, { headers: { 'X-Forwarded-For': client, ...headers } })

export type GraphQLBody = { data?: Record<string, any> | null; errors?: { message: string }[] }

export const graphql = async (
  client: string,
  query: string,
  headers: Record<string, string> = {},
) => {
  const res = await fetch(`${api.url}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client, ...headers },
    body: JSON.stringify({ query }),
  })
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    body: (await res.json()) as GraphQLBody,
  }
}
