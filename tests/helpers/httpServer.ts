import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

// The same route handlers Next mounts at /api/[...slug] and /api/graphql, served over real HTTP on loopback.
const rest = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  PUT: REST_PUT(config),
  DELETE: REST_DELETE(config),
} as const
const graphql = GRAPHQL_POST(config)

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

export const startApiServer = async (): Promise<ApiServer> => {
  let origin = ''
  const server: Server = createServer(async (message, response) => {
    try {
      const request = await toRequest(message, origin)
      const { pathname } = new URL(request.url)
      let result: Response
      if (pathname === '/api/graphql' && request.method === 'POST') {
        result = await graphql(request)
      } else if (pathname.startsWith('/api/') && request.method && request.method in rest) {
        const slug = pathname.slice('/api/'.length).split('/').filter(Boolean).map(decodeURIComponent)
        result = await rest[request.method as keyof typeof rest](request, { params: Promise.resolve({ slug }) })
      } else {
        result = new Response('Not found', { status: 404 })
      }
      response.writeHead(result.status, Object.fromEntries(result.headers.entries()))
      response.end(Buffer.from(await result.arrayBuffer()))
    } catch (error) {
      response.writeHead(599)
      response.end(String(error))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url: origin, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
