import { revalidateAfterWrites } from '@/revalidation/revalidateTags'
import { getPayloadClient } from '@/db/payloadClient'
import { databaseAway, finishApiResponse } from './apiResponse'
import { DatabaseUnavailableError, databaseIsAway } from '@/db/availability'
import { ceilings, type Ceilings } from './ceilings'
import { graphqlRefusal } from './graphqlLimits'
import { contactLookupVerdict } from './contactLookupLimit'
import { apiError, clientError, clientLanguage } from './messages'
import { clientFaultOf } from './payloadErrorStatus'
import { checkRestQuery, restQuery } from './restQuery'
import { checkRestRoute } from './restRoute'
import { serializeSessionWrites } from './sessionWrites'
import { isSignedIn } from './signedIn'
import { tooManyRequestsText } from './tooManyRequests'

const isGraphqlPost = (request: Request) =>
  request.method === 'POST' && new URL(request.url).pathname === '/api/graphql'

const checkGraphql = async (
  request: Request,
  allowed: () => Promise<Ceilings>,
): Promise<Response | null> => {
  if (!isGraphqlPost(request)) return null
  let body: unknown
  try {
    body = JSON.parse(await request.clone().text())
  } catch {
    return null // Payload answers a body it cannot read with a 400 itself.
  }
  const refusal = await graphqlRefusal(body, ceilings.anonymous, allowed)
  return refusal && apiError(request, 400, refusal.key, refusal.values)
}

/**
 * Wraps Payload's REST and GraphQL route handlers, so that no request, however malformed or heavy,
 * gets a 500 or more work than its ceilings (see ceilings.ts):
 * - anonymous contact lookups by either are limited per client (contactLookupLimit);
 * - an unknown route or a malformed id is a 404, and a malformed or excessive query parameter or
 *   GraphQL query a 400 (restRoute, restQuery, graphqlLimits);
 * - a client error Payload throws (an unreadable GraphQL body) is a 4xx, Payload's own refusals are
 *   given in the client's language, and no JSON answer grows past its ceiling (apiResponse);
 * - while the database is away, a 503 with Retry-After (src/db/failFast.ts);
 * - sign-ins, sign-outs and token refreshes run one at a time (sessionWrites);
 * - pages showing what a write changed are revalidated once the write is committed (revalidateAfterWrites).
 */
export const withApiGuards =
  <A extends unknown[]>(handler: (request: Request, ...args: A) => Promise<Response>) =>
  async (request: Request, ...args: A): Promise<Response> => {
    try {
      const verdict = await contactLookupVerdict(request)
      if (!verdict.allowed) {
        const response = clientError(request, 429, tooManyRequestsText)
        response.headers.set('Retry-After', String(verdict.retryAfterSeconds))
        return response
      }
      const allowed = async () =>
        (await isSignedIn(request)) ? ceilings.staff : ceilings.anonymous
      const payload = await getPayloadClient()
      const refusal =
        checkRestRoute(request, payload) ??
        (await checkRestQuery(request, await restQuery(request), allowed)) ??
        (await checkGraphql(request, allowed))
      if (refusal) return refusal
      return await serializeSessionWrites(request, payload, async () =>
        finishApiResponse(request, await revalidateAfterWrites(() => handler(request, ...args))),
      )
    } catch (error) {
      // Checking a session reads the database too.
      if (error instanceof DatabaseUnavailableError || databaseIsAway())
        return databaseAway(request)
      const fault = clientFaultOf(error, clientLanguage(request))
      if (fault) return clientError(request, fault.status, fault.message)
      const status = (error as { status?: unknown }).status
      if (typeof status === 'number' && status >= 400 && status < 500) {
        return clientError(request, status, (error as Error).message)
      }
      throw error
    }
  }
