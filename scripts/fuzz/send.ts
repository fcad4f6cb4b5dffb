// Sends one request over a raw TCP socket, byte for byte as described (fetch and http.request would
// normalise or refuse much of what the fuzz sends), and reads the answer far enough to know its
// status and whether it arrived whole.
import net from 'node:net'
import type { Target } from '../target'
import type { FuzzRequest } from './types'

export type Outcome = {
  /** answered: a whole response; cut: the connection closed inside the body; hang: nothing whole
   * within the timeout; closed: closed with no status line; refused: no connection at all. */
  kind: 'answered' | 'cut' | 'hang' | 'closed' | 'refused'
  status?: number
  ms: number
  bytes: number
  code?: string
}

const MAX_HEAD = 256 * 1024

const hasHeader = (request: FuzzRequest, name: string) =>
  request.headers?.some(([key]) => key.toLowerCase() === name) ?? false

/** The request's bytes: request line, headers (Host, Connection: close and Content-Length added unless given), body. */
export const wireBytes = (target: Target, request: FuzzRequest): Buffer => {
  if (request.raw) return request.raw
  const body =
    request.body === undefined
      ? undefined
      : Buffer.isBuffer(request.body)
        ? request.body
        : Buffer.from(request.body, 'utf8')
  const headers = [...(request.headers ?? [])]
  if (!request.exactHeaders) {
    if (!hasHeader(request, 'host')) headers.unshift(['Host', target.host])
    // One request per connection: the answer ends when the server closes, whatever its framing.
    if (!hasHeader(request, 'connection')) headers.push(['Connection', 'close'])
    if (body && !hasHeader(request, 'content-length') && !hasHeader(request, 'transfer-encoding'))
      headers.push(['Content-Length', String(body.length)])
  }
  const head = `${request.method} ${request.path} HTTP/1.1\r\n${headers.map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n`
  return body ? Buffer.concat([Buffer.from(head, 'utf8'), body]) : Buffer.from(head, 'utf8')
}

type Head = {
  status: number
  length?: number
  chunked: boolean
  bodyless: boolean
  headerBytes: number
}

/** The final (non-1xx) response head in `data`, once it is all there. */
const parseHead = (data: Buffer, method: string): Head | undefined => {
  let offset = 0
  for (;;) {
    const end = data.indexOf('\r\n\r\n', offset)
    if (end < 0) return undefined
    const text = data.subarray(offset, end).toString('latin1')
    const status = Number(/^HTTP\/\d(?:\.\d)? (\d{3})/.exec(text)?.[1])
    if (!status) return { status: 0, chunked: false, bodyless: true, headerBytes: end + 4 }
    // 100 Continue and the like come before the real answer.
    if (status >= 100 && status < 200 && status !== 101) {
      offset = end + 4
      continue
    }
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(text)?.[1]
    return {
      status,
      length: length === undefined ? undefined : Number(length),
      chunked: /\r\ntransfer-encoding:[^\r]*chunked/i.test(text),
      bodyless: method === 'HEAD' || status === 204 || status === 304,
      headerBytes: end + 4,
    }
  }
}

export const send = (
  target: Target,
  request: FuzzRequest,
  timeoutMs: number,
  localAddress?: string,
): Promise<Outcome> =>
  new Promise((resolve) => {
    const started = performance.now()
    const socket = net.connect({ host: target.address, port: target.port, localAddress })
    let connected = false
    let received = Buffer.alloc(0) // up to the end of the head
    let head: Head | undefined
    let bytes = 0
    let bodyBytes = 0
    let tail = '' // the last bytes, to see a chunked body's terminating chunk
    let done = false

    const finish = (kind: Outcome['kind'], code?: string) => {
      if (done) return
      done = true
      clearTimeout(timer)
      socket.destroy()
      const status = head?.status || undefined
      resolve({ kind, status, ms: Math.round(performance.now() - started), bytes, code })
    }
    const complete = () =>
      head !== undefined &&
      (head.bodyless ||
        (head.length !== undefined
          ? bodyBytes >= head.length
          : head.chunked && tail.endsWith('0\r\n\r\n')))
    // Neither length nor chunks: the body ends where the connection does, closed or reset (Node
    // answers a 431 that way while the client is still writing).
    const endsWithConnection = () =>
      head !== undefined && !head.chunked && head.length === undefined

    const timer = setTimeout(() => finish('hang'), timeoutMs)
    socket.on('connect', () => {
      connected = true
      socket.write(wireBytes(target, request))
      if (request.halfClose) socket.end()
    })
    socket.on('data', (chunk: Buffer) => {
      bytes += chunk.length
      if (!head) {
        received = Buffer.concat([received, chunk])
        head = parseHead(received, request.raw ? 'GET' : request.method)
        if (!head) {
          if (received.length > MAX_HEAD) finish('closed', 'head too long')
          return
        }
        if (head.status === 0) return finish('closed', 'not an HTTP answer')
        chunk = received.subarray(head.headerBytes)
        received = Buffer.alloc(0)
      }
      bodyBytes += chunk.length
      tail = (tail + chunk.subarray(-7).toString('latin1')).slice(-7)
      if (complete()) finish('answered')
    })
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // A server may answer and reset before reading all of a big body: the answer still counts.
      if (complete() || endsWithConnection()) finish('answered')
      else if (!connected) finish('refused', error.code)
      else finish(head ? 'cut' : 'closed', error.code)
    })
    socket.on('close', () => {
      if (complete() || endsWithConnection()) finish('answered')
      else finish(head ? 'cut' : 'closed')
    })
  })
