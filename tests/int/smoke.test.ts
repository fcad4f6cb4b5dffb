import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { startApiServer, type ApiServer } from '../helpers/httpServer'
import { startPayload, stopPayload } from '../helpers/payload'

let payload: Payload
let api: ApiServer
beforeAll(async () => {
  payload = await startPayload()
  api = await startApiServer()
})
afterAll(async () => {
  await api?.close()
  await stopPayload(payload)
})

it('boots', async () => {
  const doc = await payload.create({
    collection: 'focus-areas',
    data: { title: 'Human trafficking', _status: 'published' },
  })
  expect(doc.slug).toBe('human-trafficking')
  const res = await fetch(`${api.url}/api/focus-areas`)
  expect(res.status).toBe(200)
  const body = await res.json()
  expect(body.docs[0].title).toBe('Human trafficking')
})
