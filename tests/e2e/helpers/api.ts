import { adminCredentials } from '@/seed/adminUser'
import { baseUrl } from './browser'

/** Logs in as the seeded admin through the REST API, as the admin UI would. */
export const adminHeaders = async (): Promise<Record<string, string>> => {
  const res = await fetch(`${baseUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(adminCredentials()),
  })
  const body = (await res.json()) as { token?: string }
  if (res.status !== 200 || !body.token)
    throw new Error(`Admin sign-in answered ${res.status}: ${JSON.stringify(body)}`)
  const { token } = body
  return { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
}

export const api = async (
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) => {
  const res = await fetch(`${baseUrl()}/api${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as Record<string, any> }
}
