import { existsSync } from 'node:fs'
import path from 'node:path'
import type { CollectionSlug, Payload } from 'payload'
import { apiPathSegments } from './apiPath'
import { apiError } from './messages'
import { actsAsGet } from './restQuery'

/** Whether `segments` fit an endpoint path such as `/versions/:id` or `/access/:id?`, and its :id. */
const matchEndpoint = (pattern: string, segments: string[]): { id?: string } | null => {
  const parts = pattern.split('/').filter(Boolean)
  if (segments.length > parts.length) return null
  const params: Record<string, string> = {}
  for (const [index, part] of parts.entries()) {
    const segment = segments[index]
    if (part.startsWith(':')) {
      if (segment === undefined && !part.endsWith('?')) return null
      if (segment !== undefined) params[part.replace(/^:|\?$/g, '')] = segment
    } else if (segment !== part) return null
  }
  return { id: params.id }
}

/**
 * Refuses, with a 404 and a message, a REST path Payload has nothing at: an unknown collection or
 * global (`/api/nope`, and `/api/__proto__`, which Payload looked up on a plain object and answered
 * 500), or a document id of the wrong shape for the database (`/api/news-releases/1abc`, which
 * SQLite's numeric ids would read as 1).
 */
export const checkRestRoute = (request: Request, payload: Payload): Response | null => {
  const [, first, ...rest] = apiPathSegments(request)
  const unknown = () =>
    apiError(request, 404, 'unknownRoute', { path: new URL(request.url).pathname.slice(0, 200) })
  if (first === undefined) return unknown()
  // The GraphQL route's own path (it has its own handler and ceilings).
  if (first === 'graphql' && rest.length === 0) return null
  if (first === 'globals')
    return payload.config.globals.some((global) => global.slug === rest[0]) ? null : unknown()
  if (!Object.hasOwn(payload.collections, first)) {
    const rootEndpoints = payload.config.endpoints.map(
      (endpoint) => endpoint.path.split('/').filter(Boolean)[0],
    )
    return rootEndpoints.includes(first) ? null : unknown()
  }
  const collection = payload.collections[first as CollectionSlug]
  const idType = collection.customIDType ?? payload.db.defaultIDType
  // A collection without REST endpoints (payload-migrations) has nothing to serve.
  if (!collection.config.endpoints) return unknown()
  // Payload answers a file missing from the disk with a 500 (a bucket's adapter answers for itself).
  const upload = collection.config.upload
  if (
    upload &&
    !upload.disableLocalStorage &&
    rest[0] === 'file' &&
    rest.length === 2 &&
    actsAsGet(request)
  ) {
    const dir = path.resolve(upload.staticDir || collection.config.slug)
    const file = path.resolve(dir, rest[1])
    if (file.startsWith(dir + path.sep) && !existsSync(file))
      return apiError(request, 404, 'fileMissing')
  }
  if (idType !== 'number' || rest.length === 0) return null
  // The first endpoint of the method that fits, in Payload's order (so /count is not read as an id).
  const method = actsAsGet(request) ? 'get' : request.method.toLowerCase()
  for (const endpoint of collection.config.endpoints) {
    if (endpoint.method.toLowerCase() !== method) continue
    const match = matchEndpoint(endpoint.path, rest)
    if (!match) continue
    return match.id === undefined || /^\d{1,15}$/.test(match.id) ? null : unknown()
  }
  return null
}
