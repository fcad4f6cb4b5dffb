// The bad request tests' API: a staff account, a release, and a request that returns the status,
// the text and the first error message.
import type { Payload } from 'payload'
import { startApiServer, type ApiServer } from '../../helpers/httpServer'
import { validData } from '../../helpers/fixtures'
import { createStaff, startPayload, stopPayload } from '../../helpers/payload'

let payload: Payload
let api: ApiServer
let auth: Record<string, string>

export const startBadRequestApi = async () => {
  payload = await startPayload()
  api = await startApiServer()
  ;({ auth } = await createStaff(payload))
  await payload.create({ collection: 'news-releases', data: validData['news-releases']() })
  return { payload, api, auth }
}
export const stopBadRequestApi = async () => {
  await api?.close()
  await stopPayload(payload)
}

export const request = async (
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) => {
  const res = await fetch(`${api.url}${path}`, {
    method,
    headers: {
      ...auth,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await res.text()
  return {
    status: res.status,
    text,
    message: (JSON.parse(text) as { errors?: { message: string }[] }).errors?.[0]?.message ?? '',
  }
}
