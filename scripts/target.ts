// The served site a fuzz or load run talks to, and the loopback source addresses its connections
// come from: the press room limits each client address, so many addresses look like many readers.
import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'

export type Target = {
  url: URL
  /** The address connected to, resolved once. */
  address: string
  port: number
  /** Sent as the Host header. */
  host: string
  /** Whether connections can come from 127.x.y.z source addresses (an IPv4 loopback target). */
  loopbackSources: boolean
}

const isLoopback = (address: string) => /^127\./.test(address) || address === '::1'

/**
 * Resolves `raw` (http only). Hostile requests and load are meant for a site on this machine: a
 * host other than localhost or a loopback address is refused unless `allowRemote` (and not even
 * looked up in DNS before that).
 */
export const resolveTarget = async (raw: string, allowRemote = false): Promise<Target> => {
  const url = new URL(raw)
  if (url.protocol !== 'http:')
    throw new Error(`Only http:// targets are supported (got ${url.protocol})`)
  const hostname = url.hostname.replace(/^\[|\]$/g, '')
  const local = isIP(hostname)
    ? isLoopback(hostname)
    : hostname === 'localhost' || hostname.endsWith('.localhost')
  if (!local && !allowRemote)
    throw new Error(
      `${raw} is not this machine; pass --allow-remote if you really mean to send this to it`,
    )
  const address = isIP(hostname) ? hostname : (await lookup(hostname)).address
  if (!isLoopback(address) && !allowRemote)
    throw new Error(
      `${hostname} resolves to ${address}, not a loopback address; pass --allow-remote if you really mean it`,
    )
  return {
    url,
    address,
    port: Number(url.port) || 80,
    host: url.host,
    loopbackSources: /^127\./.test(address),
  }
}

/** resolveTarget for a command line: a refusal is a message and exit code 2, not a stack trace. */
export const targetOrExit = (raw: string, allowRemote: boolean) =>
  resolveTarget(raw, allowRemote).catch((error: Error) => {
    console.error(error.message)
    return process.exit(2)
  })

/**
 * The n-th source address of a block (1–255): 127.<block>.<n / 254>.<1 + n % 254>, skipping
 * .0 and .255 so every one is an ordinary host address. Undefined when the target is not IPv4 loopback.
 */
export const sourceAddress = (target: Target, block: number, n: number): string | undefined =>
  target.loopbackSources ? `127.${block}.${Math.floor(n / 254) % 256}.${1 + (n % 254)}` : undefined

/** npm takes `npm run x url --flag value` for its own config and passes only the value on. */
export const refuseSwallowedFlags = (script: string, flags: string[]) => {
  const swallowed = flags.filter(
    (flag) =>
      process.env[`npm_config_${flag.replace(/-/g, '_')}`] !== undefined &&
      !process.argv.includes(`--${flag}`),
  )
  if (swallowed.length === 0) return
  console.error(
    `npm kept --${swallowed.join(', --')} for itself. Put -- before the script's arguments: npm run ${script} -- <url> --${swallowed[0]} …`,
  )
  process.exit(2)
}

/** A flag's whole positive number, or a message and exit code 2. */
export const positiveInteger = (flag: string, value: string): number => {
  if (/^[1-9]\d*$/.test(value)) return Number(value)
  console.error(`--${flag} takes a whole number above 0 (got "${value}")`)
  return process.exit(2)
}
