// Starting and stopping the stack's servers (the app, nginx) on this machine: for `npm run stack`,
// the browser tests' seeded server and the bench. Plain ESM JavaScript, as jest's global setup loads it.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'

/** A TCP port nobody listens on at the moment, on the loopback interface. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

/** Whether something already listens on `port` at `host`. */
export const isListening = (port, host = 'localhost') =>
  new Promise((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(true))
    server.listen(port, host, () => server.close(() => resolve(false)))
  })

/** Whether a spawned child is still running. */
export const running = (child) => child.exitCode === null && child.signalCode === null

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Waits until `url` answers 200. `alive()` is asked between tries, so a server that died while
 * starting fails at once instead of at the deadline.
 * @param {string} url
 * @param {{ timeoutMs?: number, alive?: () => boolean, what?: string }} [options]
 */
export const waitForOk = async (
  url,
  { timeoutMs = 60_000, alive = () => true, what = url } = {},
) => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) })
      await response.arrayBuffer()
      if (response.status === 200) return
    } catch {
      // not listening yet
    }
    if (!alive()) throw new Error(`${what} stopped while starting`)
    if (Date.now() > deadline)
      throw new Error(`${what} did not answer 200 at ${url} within ${timeoutMs / 1000} s`)
    await sleep(250)
  }
}

const groupAlive = (pid) => {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Stops a process started with `detached: true` (its own process group) and everything it started:
 * SIGTERM, then SIGKILL after `graceMs`. `next start` may not end on SIGTERM while a request is in
 * flight, so the wait is bounded.
 */
export const stopGroup = async (pid, graceMs = 10_000) => {
  const signal = (name) => {
    try {
      process.kill(-pid, name)
    } catch {
      // already gone
    }
  }
  if (!pid || !groupAlive(pid)) return
  signal('SIGTERM')
  const deadline = Date.now() + graceMs
  while (groupAlive(pid) && Date.now() < deadline) await sleep(100)
  if (groupAlive(pid)) signal('SIGKILL')
}

/**
 * Keeps a server running, as docker compose's `restart: unless-stopped` does: `start()` spawns it
 * (detached, see stopGroup); when it exits on its own, it is started again after `delayMs`, and
 * `onExit(code, signal)` is told. `stop()` stops it for good.
 * @param {() => import('node:child_process').ChildProcess} start
 * @param {{ delayMs?: number, onExit?: (code: number | null, signal: string | null) => void }} [options]
 */
export const supervise = (start, { delayMs = 1000, onExit = () => {} } = {}) => {
  let stopping = false
  let child
  const run = () => {
    child = start()
    child.on('exit', (code, signal) => {
      if (stopping) return
      onExit(code, signal)
      setTimeout(() => stopping || run(), delayMs)
    })
  }
  run()
  return {
    get child() {
      return child
    },
    stop: async () => {
      stopping = true
      await stopGroup(child.pid)
    },
  }
}

const root = path.resolve(import.meta.dirname, '..')

/**
 * Starts one app instance: the build served by scripts/serve.js on `port`, in its own process
 * group (see stopGroup). Bound to "localhost", not "127.0.0.1": with a literal loopback address
 * Next treats next-intl's rewrites as external and answers with a redirect loop
 * (vercel/next.js#94745). Started as node, not through npx, so the group stopped is the server's.
 * @param {{ port: number, env: NodeJS.ProcessEnv, stdio?: import('node:child_process').StdioOptions }} options
 */
export const startApp = ({ port, env, stdio = ['ignore', 'inherit', 'inherit'] }) =>
  spawn(process.execPath, ['scripts/serve.js', '-p', String(port), '-H', 'localhost'], {
    cwd: root,
    env,
    stdio,
    detached: true,
  })
