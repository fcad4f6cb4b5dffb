// The translation status tests' API: an editor and a translator, the admin's PATCH, and the status
// as staff read it. Imported after the tests mock next/cache and next/server.
import { expect } from '@jest/globals'
import type { Payload } from 'payload'
import { createStaff, startPayload, stopPayload } from '../../helpers/payload'
import { startApiServer, type ApiServer } from '../../helpers/httpServer'
import { translationStates } from '@/documents/translationStatus'

let payload: Payload
let api: ApiServer
let editor: Awaited<ReturnType<typeof createStaff>>

export const startTranslationApi = async () => {
  payload = await startPayload()
  api = await startApiServer()
  editor = await createStaff(payload, 'editor@example.org', ['editor'])
  const translator = await createStaff(payload, 'translator@example.org', ['translator'])
  return { payload, api, editor, translator }
}
export const stopTranslationApi = async () => {
  await api?.close()
  await stopPayload(payload)
}

export const patch = async (path: string, body: unknown, auth: Record<string, string>) => {
  const res = await fetch(`${api.url}/api${path}`, {
    method: 'PATCH',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect(res.status).toBe(200)
}
/** The status as staff see it in the admin: from the latest version, drafts included. */
export const statesOf = async (collection: 'news-releases' | 'contacts', id: number) => {
  const res = await fetch(`${api.url}/api/${collection}/${id}?draft=true&depth=0`, {
    headers: editor.auth,
  })
  return translationStates(
    ((await res.json()) as { translationStatus?: unknown }).translationStatus,
  )
}
export const recordOf = async (
  collection: 'news-releases' | 'contacts',
  id: number,
): Promise<unknown> => {
  const res = await fetch(`${api.url}/api/${collection}/${id}?draft=true&depth=0`, {
    headers: editor.auth,
  })
  return ((await res.json()) as { translationStatus?: unknown }).translationStatus
}
// Timestamps are compared to the millisecond; keep saves apart.
export const tick = () => new Promise((resolve) => setTimeout(resolve, 5))
