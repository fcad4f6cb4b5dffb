// A production build of the site on a fresh, seeded SQLite database, behind nginx with the stack's
// configuration (deploy/nginx), each on a free port of this machine. Used by the browser tests,
// which go through nginx, and by `npm run bench`, which measures the app itself (`appUrl`).
import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ensureNginx, startNginx } from '../deploy/nginx/nginx.js'
import { freePort, running, startApp, stopGroup, waitForOk } from '../deploy/processes.js'

const root = path.resolve(import.meta.dirname, '..')

/** The site's address while building (.ci/run builds with it too); see startSeededServer. */
export const BUILD_TIME_ADDRESS = 'http://build-time-address.invalid'

/** Press lookups per client and minute on the seeded server. */
export const PRESS_RATE_LIMIT = 300

const run = (label, command, args, env, logFile, log) => {
  const result = spawnSync(command, args, { cwd: root, env, stdio: ['ignore', log, log] })
  if (result.status !== 0) {
    throw new Error(
      `${label} failed (exit ${result.status}); see ${logFile}:\n${readFileSync(logFile, 'utf8').slice(-4000)}`,
    )
  }
}

const servedBuilds = path.join(root, '.next-served')

/**
 * A copy of the build for one server. Next writes its caches (fetched data, rendered pages) into its
 * build folder, so servers sharing one would serve, and on start clear, each other's entries. A
 * copy without the compiler's cache is about 100 MB and takes a second. Copies left by a run that
 * was killed are removed here.
 */
const copyBuild = (dir) => {
  const name = path.basename(dir)
  if (existsSync(servedBuilds)) {
    for (const old of readdirSync(servedBuilds))
      if (!existsSync(path.join(tmpdir(), old)))
        rmSync(path.join(servedBuilds, old), { recursive: true, force: true })
  }
  const build = path.join(root, '.next')
  cpSync(build, path.join(servedBuilds, name), {
    recursive: true,
    filter: (source) => path.relative(build, source) !== 'cache',
  })
  return path.relative(root, path.join(servedBuilds, name))
}

/**
 * Builds (unless told not to), migrates and seeds a throwaway database, starts the server and nginx
 * in front of it. Its `env` (the database among it) lets a script work on the same data, e.g. the
 * bench's generated contacts. With `instances` above 1, that many servers share the database and
 * the Redis `env.REDIS_URL` names, behind the one nginx (`apps`; `appUrl` and `pid` are the first's).
 */
export const startSeededServer = async ({ build = true, instances = 1, env: given = {} } = {}) => {
  const missingNginx = ensureNginx({ log: () => {} })
  if (missingNginx) throw new Error(missingNginx)
  const dir = mkdtempSync(path.join(tmpdir(), 'beacon-served-'))
  // nginx's workers (nobody, under root) read their pages below; the rest stays unlisted.
  chmodSync(dir, 0o711)
  const nginxDir = path.join(dir, 'nginx')
  mkdirSync(nginxDir, { mode: 0o755 })
  const pagesDir = path.join(nginxDir, 'pages')
  const port = await freePort()
  const appPorts = []
  for (let i = 0; i < instances; i++) appPorts.push(await freePort())
  const url = `http://localhost:${port}`
  const logFile = path.join(dir, 'server.log')
  const log = openSync(logFile, 'a')
  const env = {
    ...process.env,
    DATABASE_URI: `file:${path.join(dir, 'site.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    SERVER_URL: url,
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET:
      process.env.PAYLOAD_SECRET || 'seeded-server-secret-for-browser-tests-and-benchmarks',
    LOG_LEVEL: 'error',
    // The browser tests all come from one address; the rate-limit test uses addresses of its own.
    PRESS_RATE_LIMIT: process.env.PRESS_RATE_LIMIT || String(PRESS_RATE_LIMIT),
    // Due jobs (embargo lifts) every second, so the browser tests need not wait long.
    JOBS_INTERVAL_SECONDS: process.env.JOBS_INTERVAL_SECONDS || '1',
    // nginx is the only client the app takes a client address from (X-Forwarded-For).
    TRUSTED_PROXIES: '127.0.0.1,::1',
    FRONT_DOOR_PAGES_DIR: pagesDir,
    ...given,
  }
  delete env.NODE_ENV // jest sets "test"; the build and the server set their own
  delete env.NODE_OPTIONS // jest's VM-modules flag is not for Next

  // Built for an address no server here answers on: a page or header that kept the build's address
  // instead of reading the server's own would fail the browser tests.
  if (build)
    run(
      'next build',
      'npx',
      ['next', 'build'],
      { ...env, SERVER_URL: BUILD_TIME_ADDRESS },
      logFile,
      log,
    )
  env.NEXT_DIST_DIR = copyBuild(dir)
  // In production mode, as `npm start` does: the adapter runs the migrations on connect; and the
  // refusal pages for nginx.
  run(
    'migrate and seed',
    'npx',
    ['tsx', 'scripts/prepare.ts'],
    { ...env, NODE_ENV: 'production' },
    logFile,
    log,
  )

  const apps = appPorts.map((appPort) => ({
    url: `http://localhost:${appPort}`,
    process: startApp({
      port: appPort,
      env: { ...env, NODE_ENV: 'production' },
      stdio: ['ignore', log, log],
    }),
  }))
  const nginx = startNginx({
    dir: nginxDir,
    listen: `localhost:${port}`,
    app: appPorts.map((appPort) => `localhost:${appPort}`),
    pagesDir,
    logFile,
  })
  const server = {
    url,
    appUrl: apps[0].url,
    pid: apps[0].process.pid,
    apps: apps.map((app) => ({ url: app.url, pid: app.process.pid })),
    nginxPid: nginx.pid,
    dir,
    logFile,
    env: { ...env, NODE_ENV: 'production' },
  }
  try {
    for (const app of apps)
      await waitForOk(`${app.url}/en`, {
        alive: () => running(app.process) && running(nginx),
        what: `the site on ${app.url}`,
      })
    await waitForOk(`${url}/en`, { alive: () => running(nginx), what: 'the site through nginx' })
  } catch (error) {
    await stopSeededServer({ ...server, dir: undefined })
    throw new Error(
      `${error.message}; see ${logFile}:\n${readFileSync(logFile, 'utf8').slice(-4000)}`,
    )
  }
  return server
}

/**
 * Stops nginx and the server (waiting for them), and removes the database, logs and the server's
 * copy of the build unless `dir` is left out.
 */
export const stopSeededServer = async ({ pid, apps = [{ pid }], nginxPid, dir }) => {
  await Promise.all([stopGroup(nginxPid), ...apps.map((app) => stopGroup(app.pid))])
  if (dir) {
    rmSync(dir, { recursive: true, force: true })
    rmSync(path.join(servedBuilds, path.basename(dir)), { recursive: true, force: true })
  }
}
