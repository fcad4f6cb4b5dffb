// The whole fuzz, in the order it is sent: the same list every run (nothing random). The requests
// that can cost a server the most (GraphQL relation chains, REST depth) come late, the
// forwarded-for check last of all.
import { bodyRequests } from './bodies'
import { encodingRequests } from './encoding'
import { FORWARDED_FOR, forwardedForRequests } from './forwardedFor'
import { graphqlRequests } from './graphql'
import { headerRequests } from './headers/index'
import { junkRequests } from './junk'
import { longRequests } from './long'
import { methodRequests } from './methods'
import { overrideRequests } from './overrides'
import { prototypeRequests } from './prototype'
import { requestLineRequests } from './requestLine'
import { restRequests } from './rest'
import type { FuzzRequest } from './types'

export const catalogue = (pressLimit: number): FuzzRequest[] => [
  ...requestLineRequests(),
  ...encodingRequests(),
  ...junkRequests(),
  ...prototypeRequests(),
  ...methodRequests(),
  ...bodyRequests(),
  ...headerRequests(),
  ...overrideRequests(),
  ...longRequests(),
  ...graphqlRequests(),
  ...restRequests(),
  ...forwardedForRequests(pressLimit),
]

export const categories = (requests: FuzzRequest[]) => [
  ...new Set(requests.map((request) => request.category)),
]

export { FORWARDED_FOR }
