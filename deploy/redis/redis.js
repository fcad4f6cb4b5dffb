// Debian's redis-server for the stack on this machine (`npm run stack`, the browser tests, `npm run
// faults`): what the app instances share (Next's cache and its tags, rate limits, the job lock).
// Nothing is saved to disk: it is a cache, and every instance rebuilds what it needs.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, openSync } from 'node:fs'
import { createConnection } from 'node:net'
import path from 'node:path'

export const REDIS_SERVER = '/usr/bin/redis-server'

/**
 * Makes sure redis-server is installed: apt-get as root, or else a message saying what to install.
 * Returns an error message, or nothing when it is there.
 */
export const ensureRedis = ({ log = console.log } = {}) => {
  if (existsSync(REDIS_SERVER)) return undefined
  if (process.getuid?.() !== 0)
    return "redis-server is not installed: run `sudo apt-get install -y redis-server` (Debian's package) and try again."
  log('Installing redis-server (apt-get install -y redis-server)…')
  const install = spawnSync(
    'sh',
    [
      '-c',
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server',
    ],
    { stdio: 'inherit' },
  )
  return install.status === 0 && existsSync(REDIS_SERVER)
    ? undefined
    : 'Installing redis-server with apt-get failed (see above).'
}

/**
 * Starts redis-server in the foreground on 127.0.0.1:`port`, in its own process group (see
 * stopGroup), with its working files and log in `dir`. Its URL is `redis://127.0.0.1:<port>`.
 */
export const startRedis = ({ dir, port, logFile = path.join(dir, 'redis.log') }) => {
  mkdirSync(dir, { recursive: true })
  const log = openSync(logFile, 'a')
  const child = spawn(
    REDIS_SERVER,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--save',
      '',
      '--appendonly',
      'no',
      // Pages and data are rebuilt on a miss: under memory pressure the least used go first.
      '--maxmemory',
      process.env.REDIS_MAXMEMORY ?? '512mb',
      '--maxmemory-policy',
      'allkeys-lru',
    ],
    { stdio: ['ignore', log, log], detached: true },
  )
  return { child, url: `redis://127.0.0.1:${port}` }
}

const answersPing = (port) =>
  new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port })
    socket.setTimeout(500, () => socket.destroy())
    socket.on('connect', () => socket.write('PING\r\n'))
    socket.on('data', (data) => {
      socket.destroy()
      resolve(data.toString().startsWith('+PONG'))
    })
    socket.on('error', () => resolve(false))
    socket.on('close', () => resolve(false))
  })

/** Waits until the redis-server on 127.0.0.1:`port` answers PING, for at most `timeoutMs`. */
export const waitForRedis = async (port, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs
  while (!(await answersPing(port))) {
    if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${port}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
