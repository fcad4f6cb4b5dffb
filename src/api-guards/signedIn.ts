import { getPayloadClient } from '@/db/payloadClient'

// Asked by the contact lookups' limit and by the ceilings: one session lookup per request.
const answers = new WeakMap<Request, Promise<boolean>>()

const lookUp = async (request: Request): Promise<boolean> => {
  if (
    !request.headers.get('authorization') &&
    !request.headers.get('cookie')?.includes('payload-token')
  )
    return false
  const { user } = await (await getPayloadClient()).auth({ headers: request.headers })
  return Boolean(user)
}

/** Whether a request comes from a signed-in user (a real session or API key, not just any token). */
export const isSignedIn = (request: Request): Promise<boolean> => {
  let answer = answers.get(request)
  if (!answer) {
    answer = lookUp(request)
    answers.set(request, answer)
  }
  return answer
}
