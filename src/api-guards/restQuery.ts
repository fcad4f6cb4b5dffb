import * as qs from 'qs-esm'
import { isLocale } from '@/i18n/locales'
import { ceilings, type Ceilings } from './ceilings'
import { apiError } from './messages'

type Query = Record<string, unknown>

/** Whether Payload's REST handler runs this POST as the GET it names (for queries too long for a URL). */
export const actsAsGet = (request: Request): boolean =>
  request.method === 'GET' ||
  (request.method === 'POST' &&
    (request.headers.get('X-Payload-HTTP-Method-Override') === 'GET' ||
      request.headers.get('X-HTTP-Method-Override') === 'GET'))

/** The query Payload will read: the URL's, or for an overridden POST its form body, parsed as Payload parses it. */
export const restQuery = async (request: Request): Promise<Query> => {
  let url = request.url
  if (
    request.method === 'POST' &&
    actsAsGet(request) &&
    request.headers.get('Content-Type') === 'application/x-www-form-urlencoded'
  ) {
    // Payload appends the body to the URL exactly so.
    url = `${request.url}?${await request.clone().text()}`
  }
  const search = new URL(url).search
  return search
    ? (qs.parse(search, {
        allowEmptyArrays: true,
        arrayLimit: 1000,
        depth: 10,
        ignoreQueryPrefix: true,
      }) as Query)
    : {}
}

const isLocaleParam = (value: unknown) => isLocale(value) || value === 'all' || value === '*'
const isFallbackParam = (value: unknown) =>
  isLocale(value) || ['none', 'null', 'false', ''].includes(value as string)
const shown = (value: unknown) =>
  (typeof value === 'string' ? value : JSON.stringify(value)).slice(0, 100)

/**
 * Whether a `where` filter stays within the ceilings on conditions and and/or levels. A stack, not
 * recursion, and it stops at the first excess: a filter nested 100,000 deep (1 MB of JSON in a
 * form body) must not overflow the call stack.
 */
const whereWithinCeilings = (where: unknown): boolean => {
  let conditions = 0
  const pending: { clause: unknown; depth: number }[] = [{ clause: where, depth: 0 }]
  for (let item = pending.pop(); item; item = pending.pop()) {
    if (item.depth > ceilings.whereDepth) return false
    if (!item.clause || typeof item.clause !== 'object') {
      conditions += 1
    } else {
      for (const [key, value] of Object.entries(item.clause)) {
        if ((key === 'and' || key === 'or') && Array.isArray(value)) {
          for (const inner of value) pending.push({ clause: inner, depth: item.depth + 1 })
        } else conditions += 1
      }
    }
    if (conditions > ceilings.whereConditions) return false
  }
  return true
}

/**
 * Checks the parameters Payload's REST API reads: a number that is no whole number, a value past
 * the ceilings, an unknown locale or JSON that does not parse is answered 400 with a message, rather
 * than a silent default, a 500 from deeper down, or a response that grows without bound. `ceilingsFor`
 * is asked only when a value is past the anonymous ceilings (it may cost a session lookup).
 */
export const checkRestQuery = async (
  request: Request,
  query: Query,
  ceilingsFor: () => Promise<Ceilings>,
): Promise<Response | null> => {
  const locale = query.locale
  if (locale !== undefined && !isLocaleParam(locale))
    return apiError(request, 400, 'unknownLocale', { value: shown(locale) })
  for (const name of ['fallback-locale', 'fallbackLocale']) {
    const value = query[name]
    if (value !== undefined && !isFallbackParam(value))
      return apiError(request, 400, 'unknownFallbackLocale', { value: shown(value) })
  }
  for (const param of ['depth', 'limit', 'page']) {
    const value = query[param]
    if (value !== undefined && (typeof value !== 'string' || !/^\d{1,15}$/.test(value))) {
      return apiError(request, 400, 'notWholeNumber', { param, value: shown(value) })
    }
  }
  for (const param of ['where', 'data']) {
    const value = query[param]
    if (typeof value !== 'string' || value === '') continue
    try {
      query[param] = JSON.parse(value)
    } catch {
      return apiError(request, 400, 'notJson', { param })
    }
  }
  const page = query.page === undefined ? 1 : Number(query.page)
  if (page < 1 || page > ceilings.page)
    return apiError(request, 400, 'pageOutOfRange', { max: ceilings.page, value: page })
  if (query.where !== undefined && !whereWithinCeilings(query.where)) {
    return apiError(request, 400, 'whereTooComplex', {
      max: ceilings.whereConditions,
      depth: ceilings.whereDepth,
    })
  }

  const depth = query.depth === undefined ? undefined : Number(query.depth)
  const limit = query.limit === undefined ? undefined : Number(query.limit)
  const paginationOff = query.pagination !== undefined && String(query.pagination) === 'false'
  const withinAnonymous =
    (depth ?? 0) <= ceilings.anonymous.depth && (limit ?? 1) <= ceilings.anonymous.limit
  const allowed = withinAnonymous ? ceilings.anonymous : await ceilingsFor()
  if (depth !== undefined && depth > allowed.depth)
    return apiError(request, 400, 'depthTooDeep', { max: allowed.depth, value: depth })
  if (limit !== undefined && (limit < 1 || limit > allowed.limit))
    return apiError(request, 400, 'limitOutOfRange', { max: allowed.limit, value: limit })
  // Without pagination Payload returns every document (with no limit given) in one answer.
  if (paginationOff) return apiError(request, 400, 'paginationOff', { max: allowed.limit })
  return null
}
