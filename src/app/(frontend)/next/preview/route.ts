import { draftMode, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { messages } from '@/i18n/messages'
import { inEachLanguage } from '@/i18n/locales'
import { getPayloadClient } from '@/db/payloadClient'
import { isSitePath } from '@/documents/preview'
import { clientError } from '@/api-guards/messages'
import { isPreviewSecret } from '@/lib/secrets'

const message = (key: 'linkInvalid' | 'pathInvalid' | 'signIn') =>
  inEachLanguage((locale) => messages[locale].Preview[key])

const refuse = (request: Request, status: number, key: Parameters<typeof message>[0]) => {
  const response = clientError(request, status, message(key))
  response.headers.set('Cache-Control', 'no-store')
  response.headers.set('X-Robots-Tag', 'noindex')
  return response
}

/**
 * Turns on draft mode for a signed-in staff member who came from the admin's preview (its secret),
 * then opens the page: the site then shows the latest drafts, uncached and marked noindex.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams
  if (!isPreviewSecret(params.get('secret'))) return refuse(request, 401, 'linkInvalid')
  const path = params.get('path')
  if (!isSitePath(path)) return refuse(request, 400, 'pathInvalid')
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) return refuse(request, 403, 'signIn')
  ;(await draftMode()).enable()
  redirect(path)
}
