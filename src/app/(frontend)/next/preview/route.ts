import { draftMode, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayloadClient } from '@/lib/content/payload'
import { isSitePath } from '@/lib/preview'
import { isPreviewSecret } from '@/utilities/secrets'

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' } })

/**
 * Turns on draft mode for a signed-in staff member who came from the admin's preview (its secret),
 * then opens the page: the site then shows the latest drafts, uncached and marked noindex.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams
  if (!isPreviewSecret(params.get('secret'))) return refuse(401, 'This preview link is not valid. Open the preview from the admin.')
  const path = params.get('path')
  if (!isSitePath(path)) return refuse(400, 'The page to preview must be a path on this site, such as /en/news/a-release.')
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) return refuse(403, 'Sign in to the admin to preview drafts.')
  ;(await draftMode()).enable()
  redirect(path)
}
