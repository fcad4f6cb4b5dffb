import pLimit, { type LimitFunction } from 'p-limit'
import type { Payload } from 'payload'
import { withSharedLock } from '@/lib/sharedLock'
import { apiError } from './messages'

/**
 * Payload rewrites a user's whole list of sessions on login, logout, token refresh and password
 * reset, from a copy it read before checking the password (payload/src/auth/sessions.ts). Two at
 * once for one account lose a session, and the token of that sign-in then works as anonymous
 * (payloadcms/payload#16027, #18132). Until Payload writes sessions atomically, they run one at a
 * time: each is a few milliseconds of database work and one password hash, and staff sign in
 * rarely. One at a time in this process, and, with several instances, across all of them (a lock in
 * the Redis they share; while it is away, each instance goes on alone).
 */
// One queue per process: REST and GraphQL are separate route bundles, each with its own copy of this module.
const queueKey = Symbol.for('beacon.sessionWrites')
const processGlobal = globalThis as typeof globalThis & { [queueKey]?: LimitFunction }
const oneAtATime = (processGlobal[queueKey] ??= pLimit(1))

/** Sign-ins waiting beyond this are refused with a 503 rather than queued without bound. */
export const MAX_WAITING_SESSION_WRITES = 32

const restOperations = new Set(['login', 'logout', 'refresh-token', 'reset-password'])
// Payload's GraphQL names these loginUser, refreshTokenUser, … for each auth collection.
const graphqlOperation = /\b(?:login|logout|refreshToken|resetPassword)[A-Z]/

const writesSessions = async (request: Request, payload: Payload): Promise<boolean> => {
  if (request.method !== 'POST') return false
  const [, api, slug, operation, ...rest] = new URL(request.url).pathname.split('/')
  if (api !== 'api' || rest.length > 0) return false
  if (slug === 'graphql' && operation === undefined)
    return graphqlOperation.test(await request.clone().text())
  return (
    restOperations.has(operation ?? '') &&
    Boolean(payload.collections[slug as keyof typeof payload.collections]?.config.auth)
  )
}

const SESSION_WRITES_LOCK = 'beacon:auth:session-writes'
// Held for the one write (a password hash and a few queries); a sign-in that waits longer than this
// behind other instances' is refused like one queued too long here.
const sharedLockOptions = { holdMs: 10_000, waitMs: 5_000, whileAway: 'run' } as const

const busy = (request: Request) => {
  const response = apiError(request, 503, 'signInBusy')
  response.headers.set('Retry-After', '1')
  return response
}

/** Runs `handle` at once, or, for a request that writes a user's sessions, after the ones before it. */
export const serializeSessionWrites = async (
  request: Request,
  payload: Payload,
  handle: () => Promise<Response>,
): Promise<Response> => {
  if (!(await writesSessions(request, payload))) return handle()
  if (oneAtATime.pendingCount >= MAX_WAITING_SESSION_WRITES) return busy(request)
  return oneAtATime(async () => {
    const done = await withSharedLock(SESSION_WRITES_LOCK, sharedLockOptions, handle)
    return done.ran ? done.value : busy(request)
  })
}
