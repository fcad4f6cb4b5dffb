// npm run stack: the production build behind nginx on this machine, without Docker, with the nginx
// configuration docker compose uses (deploy/nginx/beacon.conf.template): Debian's nginx on --port
// (8080) in front of --instances (1) app instances, `next start` on --app-port (3001) and the ports
// after it. Several instances share one database and one Redis (Debian's redis-server, started here
// unless REDIS_URL names one). A server that stops is started again, as docker compose does; Ctrl-C
// stops them all.
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { loadEnv } from 'payload/node'
import { ensureNginx, startNginx } from '../deploy/nginx/nginx.js'
import {
  freePort,
  isListening,
  running,
  startApp,
  supervise,
  waitForOk,
} from '../deploy/processes.js'
import { ensureRedis, startRedis, waitForRedis } from '../deploy/redis/redis.js'
import { productionSecret } from './stack/productionSecret'

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '8080' },
    'app-port': { type: 'string', default: '3001' },
    instances: { type: 'string', default: '1' },
  },
})
const port = Number(args.port)
const instances = Number(args.instances)
const appPorts = Array.from({ length: instances }, (_, i) => Number(args['app-port']) + i)
const publicUrl = `http://localhost:${port}`

const fail = (message: string): never => {
  console.error(message)
  process.exit(1)
}

loadEnv()

if (!Number.isInteger(instances) || instances < 1 || instances > 16)
  fail('--instances must be a whole number from 1 to 16.')
const missing =
  ensureNginx() ?? (instances > 1 && !process.env.REDIS_URL ? ensureRedis() : undefined)
if (missing) fail(missing)
for (const [taken, option] of [
  [port, '--port'],
  ...appPorts.map((p) => [p, '--app-port']),
] as const) {
  if (await isListening(taken))
    fail(`Port ${taken} is in use: stop what listens there, or choose another with ${option}.`)
}
const { secret, note } = productionSecret(fail)

if (existsSync('.next/BUILD_ID')) {
  console.log('Using the existing build in .next (npm run build makes a new one).')
} else {
  console.log('No build yet: npm run build…')
  if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0)
    fail('The build failed.')
}

// nginx's configuration, pid, logs and refusal pages, and Redis's files; readable by nginx's
// workers (nobody, under root).
const prefix = mkdtempSync(path.join(tmpdir(), 'beacon-stack-'))
chmodSync(prefix, 0o755)
const pagesDir = path.join(prefix, 'pages')
const redis =
  instances > 1 && !process.env.REDIS_URL
    ? { dir: path.join(prefix, 'redis'), port: await freePort() }
    : undefined
const redisUrl = process.env.REDIS_URL || (redis && `redis://127.0.0.1:${redis.port}`)
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_OPTIONS: '--no-deprecation',
  PAYLOAD_SECRET: secret,
  SERVER_URL: process.env.SERVER_URL || publicUrl,
  // nginx is the only client the app takes a client address from (X-Forwarded-For).
  TRUSTED_PROXIES: '127.0.0.1,::1',
  FRONT_DOOR_PAGES_DIR: pagesDir,
  ...(redisUrl && { REDIS_URL: redisUrl }),
}

// As `npm start` does: migrations, the demo content on an empty database, and nginx's own pages.
if (spawnSync('npx', ['tsx', 'scripts/prepare.ts'], { env, stdio: 'inherit' }).status !== 0)
  fail('Preparing the database failed.')

const restarted = (name: string) => (code: number | null, signal: string | null) =>
  console.error(`${name} stopped (${signal ?? `exit ${code}`}); starting it again.`)
const servers: ReturnType<typeof supervise>[] = []
let stopping = false
const stop = async (code: number) => {
  if (stopping) return
  stopping = true
  console.log('\nStopping nginx, the app and Redis…')
  await Promise.all(servers.map((server) => server.stop()))
  rmSync(prefix, { recursive: true, force: true })
  process.exit(code)
}
process.on('SIGINT', () => void stop(0))
process.on('SIGTERM', () => void stop(0))
const alive = () => servers.every((server) => running(server.child))

try {
  // Each in turn, so none starts without what it needs: Redis, then the instances, then nginx.
  if (redis) {
    servers.push(supervise(() => startRedis(redis).child, { onExit: restarted('Redis') }))
    await waitForRedis(redis.port)
  }
  for (const appPort of appPorts)
    servers.push(
      supervise(() => startApp({ port: appPort, env }), {
        onExit: restarted(`The app on port ${appPort}`),
      }),
    )
  for (const appPort of appPorts)
    await waitForOk(`http://localhost:${appPort}/en`, {
      timeoutMs: 120_000,
      alive,
      what: `the app on port ${appPort}`,
    })
  const nginxLogs = `${prefix}/nginx.log and error.log`
  servers.push(
    supervise(
      () =>
        startNginx({
          dir: prefix,
          listen: `localhost:${port}`,
          app: appPorts.map((appPort) => `localhost:${appPort}`),
          pagesDir,
        }),
      { onExit: restarted(`nginx (see ${nginxLogs})`) },
    ),
  )
  await waitForOk(`${publicUrl}/en`, { alive, what: 'the site through nginx' })
} catch (error) {
  console.error((error as Error).message)
  await stop(1)
}
const appList = appPorts.map((appPort) => `http://localhost:${appPort}`).join(', ')
console.log(`
Beacon's production build, behind nginx:
  site    ${publicUrl}  (${publicUrl}/en, /ja, /es)
  admin   ${publicUrl}/admin
  The app itself listens on ${appList}; readers and staff go through nginx.${
    redisUrl ? `\n  What the instances share (cache, rate limits, the job lock): ${redisUrl}` : ''
  }
  nginx's logs: ${prefix}/access.log, ${prefix}/error.log${note ? `\n  ${note}` : ''}
Ctrl-C stops them all.`)
