import { revalidateAfterWrites } from '@/utilities/revalidateTags'
import { getPayloadClient } from '@/lib/content/payload'
import { databaseAway, finishApiResponse } from './apiResponse'
import { DatabaseUnavailableError, databaseIsAway } from '@/db/availability'
import { ceilings } from './ceilings'
import { contactLookupVerdict } from './contactLookupLimit'
import { clientError } from './messages'
import { checkRestQuery, restQuery } from './restQuery'
import { checkRestRoute } from './restRoute'
import { isSignedIn } from './signedIn'
import { tooManyRequestsText } from './tooManyRequests'

/**
 * Wraps Payload's REST and GraphQL route handlers, so that no request, however malformed or heavy,
 * gets a 500 or more work than its ceilings (see ceilings.ts):
 * - anonymous contact lookups by either are limited per client (contactLookupLimit);
 * - an unknown route or a malformed id is a 404, and a malformed or excessive query parameter a 400
 *   (restRoute, restQuery); GraphQL's own ceilings are validation rules (graphqlLimits);
 * - a client error Payload throws (an unreadable GraphQL body) is a 4xx, Payload's own refusals are
 *   given in the client's language, and no JSON answer grows past its ceiling (apiResponse);
 * - while the database is away, a 503 with Retry-After (src/db/failFast.ts);
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
      const refusal =
        checkRestRoute(request, await getPayloadClient()) ??
        (await checkRestQuery(request, await restQuery(request), async () => ((await isSignedIn(request)) ? ceilings.staff : ceilings.anonymous)))
      if (refusal) return refusal
      return await finishApiResponse(request, await revalidateAfterWrites(() => handler(request, ...args)))
    } catch (error) {
      // Checking a session reads the database too.
      if (error instanceof DatabaseUnavailableError || databaseIsAway()) return databaseAway(request)
      const status = (error as { status?: unknown }).status
      if (typeof status === 'number' && status >= 400 && status < 500) {
        return clientError(request, status, (error as Error).message)
      }
      throw error
    }
  }
