import { request } from 'node:http'

/**
 * A GET from a chosen loopback address (all of 127.0.0.0/8 is this machine), so that a test can be
 * several clients: the rate limits count per socket address, not per header a client sends.
 */
export const getFrom = (
  from: string,
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> =>
  new Promise((resolve, reject) => {
    const outgoing = request(url, { localAddress: from, headers, agent: false }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }),
      )
      response.on('error', reject)
    })
    outgoing.on('error', reject)
    outgoing.end()
  })
