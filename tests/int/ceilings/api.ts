// The ceilings tests' API: a staff account, a release in a focus area with a committee and a
// partner to nest, and requests that return the status, the body and the error message.
import type { Payload } from 'payload'
import { startApiServer, type ApiServer } from '../../helpers/httpServer'
import { validData } from '../../helpers/fixtures'
import { createStaff, startPayload, stopPayload } from '../../helpers/payload'

let payload: Payload
let api: ApiServer

export const startCeilingsApi = async () => {
  payload = await startPayload()
  api = await startApiServer()
  const { auth } = await createStaff(payload)
  const committee = await payload.create({ collection: 'committees', data: validData.committees() })
  const partner = await payload.create({ collection: 'partners', data: validData.partners() })
  const area = await payload.create({
    collection: 'focus-areas',
    data: { ...validData['focus-areas'](), partners: [partner.id] },
  })
  await payload.update({ collection: 'partners', id: partner.id, data: { focusAreas: [area.id] } })
  const areaId = area.id
  const releaseId = (
    await payload.create({
      collection: 'news-releases',
      data: { ...validData['news-releases'](), focusAreas: [area.id], committee: committee.id },
    })
  ).id
  return { payload, api, auth, releaseId, areaId }
}
export const stopCeilingsApi = async () => {
  await api?.close()
  await stopPayload(payload)
}

export type Answer = { status: number; body: Record<string, any>; message: string }
export const get = async (path: string, headers: Record<string, string> = {}): Promise<Answer> => {
  const res = await fetch(`${api.url}${path}`, { headers })
  const body = (await res.json()) as Record<string, any>
  return { status: res.status, body, message: body.errors?.[0]?.message ?? '' }
}
export const graphql = async (
  query: string,
  headers: Record<string, string> = {},
): Promise<Answer> => {
  const res = await fetch(`${api.url}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  })
  const body = (await res.json()) as Record<string, any>
  return {
    status: res.status,
    body,
    message: body.errors?.map((error: { message: string }) => error.message).join(' | ') ?? '',
  }
}

export const restCollections = [
  'news-releases',
  'focus-areas',
  'committees',
  'partners',
  'contacts',
  'media',
  'users',
  'embargo-links',
]
