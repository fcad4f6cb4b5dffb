// Jest global setup for the browser tests: a production build of the site on a fresh, seeded
// SQLite database, served by `next start` on a free port of this machine.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../../..')
export const stateFile = path.join(tmpdir(), 'beacon-e2e-state.json')

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

const run = (label, command, args, env, log) => {
  const result = spawnSync(command, args, { cwd: root, env, stdio: ['ignore', log, log] })
  if (result.status !== 0) {
    throw new Error(`${label} failed (exit ${result.status}); see ${env.E2E_LOG}:\n${readFileSync(env.E2E_LOG, 'utf8').slice(-4000)}`)
  }
}

export default async function startServer() {
  const dir = mkdtempSync(path.join(tmpdir(), 'beacon-e2e-'))
  const port = await freePort()
  const url = `http://localhost:${port}`
  const logFile = path.join(dir, 'server.log')
  const log = openSync(logFile, 'a')
  const env = {
    ...process.env,
    DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    NEXT_PUBLIC_SERVER_URL: url,
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: 'e2e-secret',
    LOG_LEVEL: 'error',
    E2E_LOG: logFile,
  }
  delete env.NODE_ENV // jest sets "test"; the build and the server set their own

  // CI builds once before the tests (E2E_SKIP_BUILD=1); on a developer's machine the tests build what they test.
  if (process.env.E2E_SKIP_BUILD !== '1') run('next build', 'npx', ['next', 'build'], env, log)
  run('migrate and seed', 'npx', ['tsx', 'scripts/prepare.ts'], env, log)

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
      const res = await fetch(`${url}/en`)
      if (res.status === 200) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer on ${url}; see ${logFile}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  writeFileSync(stateFile, JSON.stringify({ url, pid: server.pid, dir, logFile }))
  process.env.E2E_BASE_URL = url
}
