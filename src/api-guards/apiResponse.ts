import { databaseIsAway, RETRY_AFTER_SECONDS } from '@/db/availability'
import { ceilings } from './ceilings'
import {
  apiError,
  apiText,
  clientLanguage,
  type ApiMessageKey,
  type ApiMessageValues,
} from './messages'

// Payload's and GraphQL's own refusals, in English only, each with the message that says it in the
// client's language.
const payloadRefusals: {
  pattern: RegExp
  key: ApiMessageKey
  values: (match: RegExpExecArray) => ApiMessageValues
}[] = [
  {
    pattern: /^The following paths? cannot be queried: (.*)$/s,
    key: 'pathNotQueryable',
    values: (m) => ({ paths: m[1] }),
  },
  {
    pattern: /^The query exceeds the maximum complexity of (\d+)\. Actual complexity is (\d+)/,
    key: 'graphqlTooComplex',
    values: (m) => ({ max: m[1], actual: m[2] }),
  },
  {
    pattern: /^Route not found "(.*)"$/s,
    key: 'unknownRoute',
    values: (m) => ({ path: m[1].slice(0, 200) }),
  },
  {
    pattern: /^(Syntax Error: .*|Must provide query string\.)$/s,
    key: 'graphqlUnreadable',
    values: (m) => ({ detail: m[1].slice(0, 200) }),
  },
]

const translated = (message: unknown, language: ReturnType<typeof clientLanguage>): unknown => {
  if (typeof message !== 'string') return message
  for (const { pattern, key, values } of payloadRefusals) {
    const match = pattern.exec(message)
    if (match) return apiText(language, key, values(match))
  }
  return message
}

/** The database is away: a 503 saying so, with when to try again. Nothing was written. */
export const databaseAway = (request: Request): Response => {
  const response = apiError(request, 503, 'unavailable')
  response.headers.set('Retry-After', String(RETRY_AFTER_SECONDS))
  return response
}

type ErrorBody = { message?: unknown; errors?: { message?: unknown }[]; data?: unknown }

/**
 * Bounds and finishes an API answer: a failure while the database is away is a 503 with
 * Retry-After; a JSON answer larger than the ceiling is refused with a 400 (the request ceilings keep
 * legitimate ones far below it); a refusal Payload wrote in English is given in the client's
 * language. Files (media) pass untouched.
 */
export const finishApiResponse = async (
  request: Request,
  response: Response,
): Promise<Response> => {
  if (!response.headers.get('content-type')?.includes('application/json') || !response.body)
    return response
  const body = await response.text()
  if (
    response.status === 503 ||
    (databaseIsAway() && (response.status >= 500 || body.includes('"errors"')))
  )
    return databaseAway(request)
  if (Buffer.byteLength(body) > ceilings.responseMegabytes * 1024 * 1024) {
    return apiError(request, 400, 'responseTooLarge', { max: ceilings.responseMegabytes })
  }
  const graphql = new URL(request.url).pathname === '/api/graphql'
  if ((response.status < 400 && !graphql) || response.status >= 500)
    return new Response(body, response)
  let parsed: ErrorBody
  try {
    parsed = JSON.parse(body) as ErrorBody
  } catch {
    return new Response(body, response)
  }
  // GraphQL answers application/json requests 200 even when it ran nothing (a query past a ceiling,
  // or one that does not validate): that is the client's error.
  let status = response.status
  if (graphql && status === 200) {
    if (!parsed.errors || 'data' in parsed) return new Response(body, response)
    status = 400
  }
  const language = clientLanguage(request)
  // Payload answers an unknown route with { message } alone; everything else has { errors: [...] }.
  if (!parsed.errors && parsed.message !== undefined)
    parsed = { errors: [{ message: parsed.message }] }
  for (const error of parsed.errors ?? []) error.message = translated(error.message, language)
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return Response.json(parsed, { status, headers })
}
