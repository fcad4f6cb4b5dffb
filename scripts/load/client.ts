// One load connection: keep-alive GETs through the mix, as one reader after another. Every few
// requests the reader leaves and a new one arrives from another loopback source address, so the
// press room's per-client limit sees many clients, as it would with real traffic.
import http from 'node:http'
import { sourceAddress, type Target } from '../target'

export type Sample = { path: string; ms: number; status?: number; error?: string }

/** Requests per reader (one keep-alive connection from one source address). */
const REQUESTS_PER_READER = 10
const LOAD_BLOCK = 4 // source addresses 127.4.x.y
const WARM_UP_BLOCK = 5

const get = (
  target: Target,
  agent: http.Agent,
  path: string,
  localAddress: string | undefined,
  timeoutMs: number,
) =>
  new Promise<Sample>((resolve) => {
    const started = performance.now()
    const done = (sample: Omit<Sample, 'path' | 'ms'>) =>
      resolve({ path, ms: performance.now() - started, ...sample })
    const request = http.request(
      // Compressed, as browsers ask for it: compressing is part of the server's cost.
      {
        host: target.address,
        port: target.port,
        path,
        agent,
        localAddress,
        headers: { Host: target.host, 'Accept-Encoding': 'gzip, br' },
      },
      (response) => {
        response.resume()
        response.on('end', () => done({ status: response.statusCode }))
        response.on('error', (error: NodeJS.ErrnoException) =>
          done({ error: error.code ?? error.message }),
        )
      },
    )
    request.setTimeout(timeoutMs, () =>
      request.destroy(Object.assign(new Error('timeout'), { code: 'timeout' })),
    )
    request.on('error', (error: NodeJS.ErrnoException) =>
      done({ error: error.code ?? error.message }),
    )
    request.end()
  })

/** Each page once, in turn, from one reader. */
export const warmUp = async (
  target: Target,
  mix: string[],
  timeoutMs: number,
): Promise<Sample[]> => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  const samples: Sample[] = []
  for (const path of mix)
    samples.push(await get(target, agent, path, sourceAddress(target, WARM_UP_BLOCK, 0), timeoutMs))
  agent.destroy()
  return samples
}

/** Runs connection `index` of `connections` until `endAt`, handing each sample to `record`. */
export const runClient = async (
  target: Target,
  mix: string[],
  index: number,
  connections: number,
  endAt: number,
  timeoutMs: number,
  record: (sample: Sample) => void,
) => {
  // Connections start at different places in the mix, so every page is requested all along.
  let next = index % mix.length
  for (let reader = index; Date.now() < endAt; reader += connections) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    const localAddress = sourceAddress(target, LOAD_BLOCK, reader)
    for (let i = 0; i < REQUESTS_PER_READER && Date.now() < endAt; i++) {
      record(await get(target, agent, mix[next], localAddress, timeoutMs))
      next = (next + 1) % mix.length
    }
    agent.destroy()
  }
}
