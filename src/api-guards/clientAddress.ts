import { randomBytes } from 'node:crypto'
import { subscribe } from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'
import proxyAddr from 'proxy-addr'

/**
 * The address of the client a request came from, for rate limits.
 *
 * It is the socket's address, unless TRUSTED_PROXIES (addresses or CIDRs, comma-separated, or
 * proxy-addr's names such as `loopback`) names the peer as one of our own proxies: then the
 * X-Forwarded-For hops are read from the right, past every trusted proxy, to the first address that
 * is not one. The default trusts no proxy, so no header a client sends changes its address.
 *
 * Next.js hides the socket from route handlers and the proxy (it even fills X-Forwarded-For only when
 * the client sent none), so the server records each socket's address in a request header of its own
 * as the request arrives (recordPeerAddresses, from instrumentation). The header's name is random per
 * process, so a client cannot send it; it is kept on globalThis because the proxy and the routes are
 * separate bundles in the same process.
 */
const state = globalThis as typeof globalThis & { __beaconPeerHeader?: string }

const peerHeader = (): string =>
  (state.__beaconPeerHeader ??= `x-beacon-peer-${randomBytes(8).toString('hex')}`)

let recording = false

/** Writes every incoming request's socket address into the peer header, before any handler sees it. */
export const recordPeerAddresses = (): void => {
  if (recording) return
  recording = true
  const name = peerHeader()
  // Published by Node's HTTP server for each request, synchronously before its 'request' event.
  subscribe('http.server.request.start', (message) => {
    const { request } = message as { request: IncomingMessage }
    request.headers[name] = request.socket.remoteAddress ?? ''
  })
}

// Compiled once per setting; read on each call so a test can change it.
let compiled: { setting: string; trust: ReturnType<typeof proxyAddr.compile> } | undefined
const trusted = () => {
  const setting = process.env.TRUSTED_PROXIES ?? ''
  if (compiled?.setting !== setting) {
    const list = setting
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
    compiled = { setting, trust: proxyAddr.compile(list) }
  }
  return compiled.trust
}

/** Stops the server's start with a message when TRUSTED_PROXIES is not a list of addresses or CIDRs. */
export const checkTrustedProxies = (): void => {
  try {
    trusted()
  } catch (error) {
    console.error(
      `TRUSTED_PROXIES is not a comma-separated list of addresses or CIDRs: ${(error as Error).message}`,
    )
    process.exit(1)
  }
}

/** The client's address, or 'unknown' when the server did not record the socket's. */
export const clientAddress = (headers: Headers): string => {
  const peer = headers.get(peerHeader())
  if (!peer) return 'unknown'
  const forwardedFor = headers.get('x-forwarded-for') ?? undefined
  // proxy-addr reads a Node request; these two fields are all it uses.
  const request = {
    connection: { remoteAddress: peer },
    headers: { 'x-forwarded-for': forwardedFor },
  }
  return proxyAddr(request as unknown as IncomingMessage, trusted())
}
