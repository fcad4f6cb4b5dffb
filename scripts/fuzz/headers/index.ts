// Hostile headers and cookies: oversized and too many, forged sessions and tokens, foreign hosts,
// forged forwarding, junk languages, ranges and validators, Next's own internal headers, and
// Content-Length that disagrees with the body. A 4xx (or the ordinary page), never a 500.
import { type FuzzRequest } from '../types'
import { forwarding, hosts } from './hosts'
import { framing } from './framing'
import { negotiation } from './negotiation'
import { sessions, sizes } from './sessions'

export const headerRequests = (): FuzzRequest[] => [
  ...sizes(),
  ...sessions(),
  ...hosts(),
  ...forwarding(),
  ...negotiation(),
  ...framing(),
]
