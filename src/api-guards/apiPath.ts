import { decodeSegment } from '@/lib/decodeSegment'

/**
 * The path's segments as Payload resolves them, from Next's decoded segments: /api/%63ontacts and
 * /api//contacts reach the contacts collection too.
 */
export const apiPathSegments = (request: Request): string[] =>
  new URL(request.url).pathname.split('/').filter(Boolean).map(decodeSegment)
