// The publishing tests' API: an editor and a translator, and the requests the admin and the public
// make. Imported after the tests mock next/cache and next/server.
import type { Payload } from 'payload'
import { validData } from '../../helpers/fixtures'
import { createStaff, startPayload, stopPayload } from '../../helpers/payload'
import { startApiServer, type ApiServer } from '../../helpers/httpServer'

let payload: Payload
let api: ApiServer

export const startPublishingApi = async () => {
  payload = await startPayload()
  api = await startApiServer()
  const editor = (await createStaff(payload, 'editor@example.org', ['editor'])).auth
  const translator = (await createStaff(payload, 'translator@example.org', ['translator'])).auth
  return { payload, api, editor, translator }
}
export const stopPublishingApi = async () => {
  await api?.close()
  await stopPayload(payload)
}

export const patch = (path: string, body: unknown, auth: Record<string, string>) =>
  fetch(`${api.url}/api${path}`, {
    method: 'PATCH',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
export const anonymous = async (path: string) => {
  const res = await fetch(`${api.url}/api${path}`)
  return { status: res.status, body: (await res.json()) as Record<string, any> }
}
export const graphql = async (query: string) => {
  const res = await fetch(`${api.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  })
  return (await res.json()) as { data?: Record<string, any>; errors?: unknown[] }
}

/** A release published in English only, as an editor would leave it before the translations. */
export const englishRelease = async (title: string) => {
  const doc = await payload.create({
    collection: 'news-releases',
    locale: 'en',
    data: { ...validData['news-releases'](), title, summary: `${title}: summary` },
  })
  return doc
}
