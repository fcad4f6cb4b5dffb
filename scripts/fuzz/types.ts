// One hostile request of the fuzz, described exactly as it goes on the wire.

export type Header = [name: string, value: string]

export type FuzzRequest = {
  category: string
  method: string
  /** The request target byte for byte: bad percent-encoding, raw UTF-8 and NUL bytes included. */
  path: string
  headers?: Header[]
  body?: string | Buffer
  /** What the list of results shows when method and path alone don't tell this request apart. */
  note?: string
  /** Only the headers given: no Host, Connection or Content-Length added (for broken framing). */
  exactHeaders?: boolean
  /** The whole request as raw bytes, for request lines no HTTP client would write. */
  raw?: Buffer
  /** Close our side once the request is written: the server sees the end of a short body at once. */
  halfClose?: boolean
  /** Sent after all others, one at a time, all from one source address: the same client throughout. */
  sameClient?: boolean
}

type Options = Omit<FuzzRequest, 'category' | 'method' | 'path'>

/** A request builder bound to one category. */
export const requestsIn = (category: string) => ({
  get: (path: string, options: Options = {}): FuzzRequest => ({
    category,
    method: 'GET',
    path,
    ...options,
  }),
  send: (method: string, path: string, options: Options = {}): FuzzRequest => ({
    category,
    method,
    path,
    ...options,
  }),
  json: (
    method: string,
    path: string,
    body: string | Buffer,
    options: Options = {},
  ): FuzzRequest => ({
    category,
    method,
    path,
    body,
    ...options,
    headers: [['Content-Type', 'application/json'], ...(options.headers ?? [])],
  }),
  raw: (label: string, bytes: string | Buffer, options: Options = {}): FuzzRequest => ({
    category,
    method: 'RAW',
    path: label,
    raw: Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'latin1'),
    ...options,
  }),
})
