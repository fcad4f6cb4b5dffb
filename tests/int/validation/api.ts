// The validation tests' API: a staff account, a partner to clash with, and a POST that returns the
// field errors Payload answers with.
import type { Payload } from 'payload'
import { validData } from '../../helpers/fixtures'
import { startApiServer, type ApiServer } from '../../helpers/httpServer'
import { createStaff, startPayload, stopPayload } from '../../helpers/payload'

let payload: Payload
let api: ApiServer
let auth: Record<string, string>

export const startValidationApi = async () => {
  payload = await startPayload()
  api = await startApiServer()
  ;({ auth } = await createStaff(payload))
  await payload.create({ collection: 'partners', data: { ...validData.partners(), slug: 'wocon' } })
  return { payload, api, auth }
}
export const stopValidationApi = async () => {
  await api?.close()
  await stopPayload(payload)
}

export type ErrorBody = {
  errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[]
}

export const post = async (
  collection: string,
  data: unknown,
  headers: Record<string, string> = {},
) => {
  const res = await fetch(`${api.url}/api/${collection}`, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(data),
  })
  return { status: res.status, body: (await res.json()) as ErrorBody }
}

export const fieldErrors = (body: ErrorBody) =>
  body.errors.flatMap((error) => error.data?.errors ?? [])

export const bodyWithLink = (url: string) => ({
  root: {
    type: 'root',
    version: 1,
    format: '',
    indent: 0,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        version: 1,
        format: '',
        indent: 0,
        direction: 'ltr',
        textFormat: 0,
        children: [
          {
            type: 'link',
            version: 3,
            format: '',
            indent: 0,
            direction: 'ltr',
            fields: { url, newTab: false, linkType: 'custom' },
            children: [
              {
                type: 'text',
                text: 'here',
                version: 1,
                format: 0,
                detail: 0,
                mode: 'normal',
                style: '',
              },
            ],
          },
        ],
      },
    ],
  },
})
