import { getPayloadClient } from '@/lib/content/payload'

/** Whether a request comes from a signed-in user (a real session or API key, not just any token). */
export const isSignedIn = async (request: Request): Promise<boolean> => {
  if (!request.headers.get('authorization') && !request.headers.get('cookie')?.includes('payload-token')) return false
  const { user } = await (await getPayloadClient()).auth({ headers: request.headers })
  return Boolean(user)
}
