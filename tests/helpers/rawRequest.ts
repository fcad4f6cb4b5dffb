import { type IncomingHttpHeaders, request } from 'node:http'

export interface RawResponse {
  status: number
  headers: IncomingHttpHeaders
  /** Header names as sent, once per occurrence: to see a header sent twice. */
  rawHeaderNames: string[]
  text: string
}

/**
 * One request on a connection of its own, with the path sent exactly as given (fetch would
 * normalise a malformed one) and, with `localAddress`, from another loopback address: all of
 * 127.0.0.0/8 is this machine, so nginx, and the app behind it, see another client.
 */
export const rawRequest = (
  path: string,
  {
    base,
    method = 'GET',
    headers = {},
    body,
    localAddress,
  }: {
    base: string
    method?: string
    headers?: Record<string, string>
    body?: Buffer | string
    localAddress?: string
  },
): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    const { hostname, port, host } = new URL(base)
    const req = request(
      {
        host: localAddress ? '127.0.0.1' : hostname,
        port,
        path,
        method,
        localAddress,
        agent: false,
        headers: { host, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          resolve({
            status: res.statusCode!,
            headers: res.headers,
            rawHeaderNames: res.rawHeaders
              .filter((_, i) => i % 2 === 0)
              .map((name) => name.toLowerCase()),
            text: Buffer.concat(chunks).toString('utf8'),
          })
          // A body refused before it was read (413) may still be on its way: the connection is done.
          req.destroy()
        })
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(body)
  })
