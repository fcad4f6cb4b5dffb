// Staff signing in on two devices at once, or a login while another tab refreshes its token, each
// keep a working session. Payload rewrites a user's whole list of sessions from a copy read before
// its password check, so without serialising these requests one of them was silently lost and its
// token then worked as anonymous (payloadcms/payload#16027, #18132).
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { MAX_WAITING_SESSION_WRITES } from '@/api-guards/sessionWrites'
import { startApiServer, type ApiServer } from '../helpers/httpServer'
import { createStaff, startPayload, STAFF_PASSWORD, stopPayload } from '../helpers/payload'

let payload: Payload
let api: ApiServer
const email = 'two-devices@example.org'
beforeAll(async () => {
  payload = await startPayload()
  api = await startApiServer()
  await createStaff(payload, email)
})
afterAll(async () => {
  await api?.close()
  await stopPayload(payload)
})

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/api${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

/** Who the API takes the bearer of `token` for. */
const whoIs = async (token: string) => {
  const res = await fetch(`${api.url}/api/users/me`, { headers: { Authorization: `JWT ${token}` } })
  return ((await res.json()) as { user: { email: string } | null }).user?.email ?? null
}

it('eight sign-ins to one account at once each get a token that works', async () => {
  const logins = await Promise.all(
    Array.from({ length: 8 }, () => post('/users/login', { email, password: STAFF_PASSWORD })),
  )
  expect(logins.map((res) => res.status)).toEqual(Array(8).fill(200))
  const tokens = await Promise.all(
    logins.map(async (res) => ((await res.json()) as { token: string }).token),
  )
  expect(await Promise.all(tokens.map(whoIs))).toEqual(Array(8).fill(email))
})

it('a sign-in while other devices refresh their tokens and sign out loses no other session', async () => {
  const [first, second] = await Promise.all(
    [0, 1].map(
      async () =>
        (
          (await (await post('/users/login', { email, password: STAFF_PASSWORD })).json()) as {
            token: string
          }
        ).token,
    ),
  )
  const [login, refresh] = await Promise.all([
    post('/users/login', { email, password: STAFF_PASSWORD }),
    post('/users/refresh-token', {}, { Authorization: `JWT ${first}` }),
    post('/users/logout', {}, { Authorization: `JWT ${second}` }),
  ])
  const fresh = ((await login.json()) as { token: string }).token
  const refreshed = ((await refresh.json()) as { refreshedToken: string }).refreshedToken
  expect(await whoIs(fresh)).toBe(email)
  expect(await whoIs(refreshed)).toBe(email)
  // The signed-out session is gone, and only it.
  expect(await whoIs(second)).toBeNull()
})

it('sign-ins through GraphQL are kept too', async () => {
  const query = `mutation { loginUser(email: "${email}", password: "${STAFF_PASSWORD}") { token } }`
  const answers = await Promise.all(
    Array.from(
      { length: 4 },
      async () =>
        (await (await post('/graphql', { query })).json()) as {
          data: { loginUser: { token: string } }
        },
    ),
  )
  expect(await Promise.all(answers.map((answer) => whoIs(answer.data.loginUser.token)))).toEqual(
    Array(4).fill(email),
  )
})

it('past the queue, a sign-in is refused with a 503, Retry-After and a message in the client’s language', async () => {
  const attempts = MAX_WAITING_SESSION_WRITES + 8
  const logins = await Promise.all(
    Array.from({ length: attempts }, () =>
      post('/users/login', { email, password: STAFF_PASSWORD }, { 'Accept-Language': 'es' }),
    ),
  )
  const refused = logins.filter((res) => res.status === 503)
  expect(refused.length).toBeGreaterThan(0)
  expect(refused[0].headers.get('retry-after')).toBe('1')
  expect(
    ((await refused[0].json()) as { errors: { message: string }[] }).errors[0].message,
  ).toMatch(/inicios de sesión/)
  const accepted = logins.filter((res) => res.status === 200)
  expect(accepted.length + refused.length).toBe(attempts)
  const tokens = await Promise.all(
    accepted.map(async (res) => ((await res.json()) as { token: string }).token),
  )
  expect(await Promise.all(tokens.map(whoIs))).toEqual(Array(accepted.length).fill(email))
})
