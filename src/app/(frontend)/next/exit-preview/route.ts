import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { isSitePath } from '@/documents/preview'

/** Back to the published site, on the same page when it is given. */
export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  const path = new URL(request.url).searchParams.get('path')
  redirect(isSitePath(path) ? path : '/')
}
