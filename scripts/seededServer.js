// A production build of the site on a fresh, seeded SQLite database, served by `next start` on a
// free port of this machine. Used by the browser tests and by `npm run bench`.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')

/** Press lookups per client and minute on the seeded server. */
export const PRESS_RATE_LIMIT = 300

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

const run = (label, command, args, env, logFile, log) => {
  const result = spawnSync(command, args, { cwd: root, env, stdio: ['ignore', log, log] })
  if (result.status !== 0) {
    throw new Error(`${label} failed (exit ${result.status}); see ${logFile}:\n${readFileSync(logFile, 'utf8').slice(-4000)}`)
  }
}

/**
 * Builds (unless told not to), migrates and seeds a throwaway database, starts the server. Its `env`
 * (the database among it) lets a script work on the same data, e.g. the bench's generated contacts.
 */
export const startSeededServer = async ({ build = true } = {}) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'beacon-served-'))
  const port = await freePort()
  const url = `http://localhost:${port}`
  const logFile = path.join(dir, 'server.log')
  const log = openSync(logFile, 'a')
  const env = {
    ...process.env,
    DATABASE_URI: `file:${path.join(dir, 'site.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    NEXT_PUBLIC_SERVER_URL: url,
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'seeded-server-secret-for-browser-tests-and-benchmarks',
    LOG_LEVEL: 'error',
    // The browser tests all come from one address; the rate-limit test uses its own.
    PRESS_RATE_LIMIT: process.env.PRESS_RATE_LIMIT || String(PRESS_RATE_LIMIT),
    // Due jobs (embargo lifts) every second, so the browser tests need not wait long.
    JOBS_INTERVAL_SECONDS: '1',
  }
  delete env.NODE_ENV // jest sets "test"; the build and the server set their own
  delete env.NODE_OPTIONS // jest's VM-modules flag is not for Next

  if (build) run('next build', 'npx', ['next', 'build'], env, logFile, log)
  // In production mode, as `npm start` does: the adapter runs the migrations on connect.
  run('migrate and seed', 'npx', ['tsx', 'scripts/prepare.ts'], { ...env, NODE_ENV: 'production' }, logFile, log)

  // Bound to "localhost", not "127.0.0.1": with a literal loopback address Next treats next-intl's
  // rewrites as external and answers with a redirect loop (vercel/next.js#94745).
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', 'localhost'], {
    cwd: root,
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', log, log],
    detached: true,
  })
  const deadline = Date.now() + 60_000
  for (;;) {
    try {
      if ((await fetch(`${url}/en`)).status === 200) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer on ${url}; see ${logFile}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return { url, pid: server.pid, dir, logFile, env: { ...env, NODE_ENV: 'production' } }
}

export const stopSeededServer = ({ pid, dir }) => {
  // The server runs in its own process group (npx → next): end all of it.
  try {
    process.kill(-pid, 'SIGTERM')
  } catch {
    // already gone
  }
  rmSync(dir, { recursive: true, force: true })
}
