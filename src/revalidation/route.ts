import { revalidateNow } from './revalidateTags'
import { hasCronSecret } from '@/lib/secrets'

const MAX_TAGS = 500
const tagShape = /^[a-z0-9][a-z0-9:_\-]{0,199}$/i

const answer = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * Revalidates cache tags, for this server's own later passes after a write (revalidateTags.ts).
 * Only with the cron secret: anyone else could otherwise make every page render again at will.
 */
export async function POST(request: Request): Promise<Response> {
  if (!hasCronSecret(request.headers)) return answer(401, { errors: [{ message: 'Not allowed.' }] })
  const body = (await request.json().catch(() => null)) as { tags?: unknown } | null
  const tags = body?.tags
  if (
    !Array.isArray(tags) ||
    tags.length === 0 ||
    tags.length > MAX_TAGS ||
    !tags.every((tag) => typeof tag === 'string' && tagShape.test(tag))
  ) {
    return answer(400, {
      errors: [{ message: `Send {"tags": [...]}: 1 to ${MAX_TAGS} cache tags.` }],
    })
  }
  revalidateNow(tags)
  return answer(200, { revalidated: tags.length })
}
