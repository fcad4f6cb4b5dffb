import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
// The very route modules Next serves at /api/[...slug] and /api/graphql.
import * as graphqlRoute from '@/app/(payload)/api/graphql/route'
import * as restRoute from '@/app/(payload)/api/[...slug]/route'
import { recordPeerAddresses } from '@/api-guards/clientAddress'

const rest = {
  GET: restRoute.GET,
  POST: restRoute.POST,
  PATCH: restRoute.PATCH,
  PUT: restRoute.PUT,
  DELETE: restRoute.DELETE,
} as const

const toRequest = async (message: IncomingMessage, origin: string): Promise<Request> => {
  const chunks: Buffer[] = []
  for await (const chunk of message) chunks.push(chunk as Buffer)
  const body = chunks.length ? Buffer.concat(chunks) : undefined
  const headers = new Headers()
  for (const [key, value] of Object.entries(message.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(key, v))
    else if (value !== undefined) headers.set(key, value)
  }
  return new Request(new URL(message.url ?? '/', origin), {
    method: message.method,
    headers,
    body: body && message.method !== 'GET' && message.method !== 'HEAD' ? body : undefined,
  })
}

export interface ApiServer {
  url: string
  close: () => Promise<void>
}

/** Serves the API routes over real HTTP on loopback. A handler that throws answers 500, as Next would. */
export const startApiServer = async (): Promise<ApiServer> => {
  // As the server's start does (instrumentation): each request carries its socket's address.
  recordPeerAddresses()
  let origin = ''
  const server: Server = createServer(async (message, response) => {
    let result: Response
    try {
      const request = await toRequest(message, origin)
      const { pathname } = new URL(request.url)
      if (pathname === '/api/graphql' && request.method === 'POST') {
        result = await graphqlRoute.POST(request)
      } else if (pathname.startsWith('/api/') && request.method && request.method in rest) {
        const slug = pathname
          .slice('/api/'.length)
          .split('/')
          .filter(Boolean)
          .map(decodeURIComponent)
        result = await rest[request.method as keyof typeof rest](request, {
          params: Promise.resolve({ slug }),
        })
      } else {
        result = new Response('Not found', { status: 404 })
      }
    } catch {
      result = new Response('Internal Server Error', { status: 500 })
    }
    response.writeHead(result.status, Object.fromEntries(result.headers.entries()))
    response.end(Buffer.from(await result.arrayBuffer()))
  })
  // fetch keeps idle sockets for 4 s; were the server to drop one first (Node's default is 5 s, and a
  // busy machine delays the client's timer), the client's next request on it fails with ECONNRESET.
  server.keepAliveTimeout = 60_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url: origin, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
