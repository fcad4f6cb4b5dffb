// One client that writes a different X-Forwarded-For (and Forwarded, X-Real-IP) on every request
// must still run into the press room's limit: the limit has to count the address the connection
// really comes from. Sent last, from one source address, since it spends that client's budget.
import { slugs } from './site'
import { type FuzzRequest, requestsIn } from './types'

export const FORWARDED_FOR = 'forwarded-for'

const { get } = requestsIn(FORWARDED_FOR)

/** `pressLimit` + 10 requests for one press contact's page, each claiming another client address. */
export const forwardedForRequests = (pressLimit: number): FuzzRequest[] =>
  Array.from({ length: pressLimit + 10 }, (_, i) => {
    const claimed = `198.51.${100 + (i >> 8)}.${i & 255}`
    return get(`/en/press/${slugs.pressContact}`, {
      headers: [
        ['X-Forwarded-For', claimed],
        ['Forwarded', `for=${claimed}`],
        ['X-Real-IP', claimed],
      ],
      note: `X-Forwarded-For: ${claimed}`,
      sameClient: true,
    })
  })

/** The check's verdict: did the limit answer any of them with a 429? */
export const forwardedForVerdict = (statuses: (number | undefined)[], pressLimit: number) => {
  const limited = statuses.filter((status) => status === 429).length
  return {
    passed: limited > 0,
    summary:
      limited > 0
        ? `${limited} of ${statuses.length} answered 429: changing X-Forwarded-For does not get past the press limit`
        : `none of ${statuses.length} requests (limit ${pressLimit} a minute) answered 429: a client escapes the press limit by changing X-Forwarded-For`,
  }
}
