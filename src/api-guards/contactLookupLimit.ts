import { apiPathSegments } from './apiPath'
import { rootFieldCount } from './graphqlRootFields'
import { clientAddress } from './clientAddress'
import { rateLimiter, type Verdict } from './rateLimiter'
import { actsAsGet } from './restQuery'
import { isSignedIn } from './signedIn'

// Contact lookups through the API by anyone not signed in, per client and minute: the same budget
// as the press room's pages, which the proxy limits. REST and GraphQL draw on this one budget, so
// switching from one to the other does not double it.
const contactLookups = rateLimiter('contact-api', Number(process.env.PRESS_RATE_LIMIT) || 60, 60)

/** The GraphQL root fields that read contacts: GraphQL's side of GET /api/contacts/…. */
export const contactRootFields: ReadonlySet<string> = new Set([
  'Contact',
  'Contacts',
  'countContacts',
  'docAccessContact',
  'versionContact',
  'versionsContacts',
])

/** How many contact lookups a request makes: none, one by REST, or one per contact root field in GraphQL. */
const lookupsIn = async (request: Request): Promise<number> => {
  const [api, collection, ...rest] = apiPathSegments(request)
  if (api !== 'api') return 0
  if (collection === 'graphql' && rest.length === 0) {
    if (request.method !== 'POST') return 0
    // Read a copy: Payload reads the request itself. Its GraphQL handler takes the query only from a
    // JSON body; a body it cannot use runs nothing, so counts nothing.
    let body: unknown
    try {
      body = JSON.parse(await request.clone().text())
    } catch {
      return 0
    }
    const query = (body as { query?: unknown } | null)?.query
    return typeof query === 'string' ? (rootFieldCount(query, contactRootFields) ?? 0) : 0
  }
  return collection === 'contacts' && actsAsGet(request) ? 1 : 0
}

/** Counts an anonymous request's contact lookups; signed-in staff (a real session, not any token) are not limited. */
export const contactLookupVerdict = async (request: Request): Promise<Verdict> => {
  const lookups = await lookupsIn(request)
  if (lookups === 0 || (await isSignedIn(request))) return { allowed: true }
  return contactLookups.hit(clientAddress(request.headers), lookups)
}
