// npm run stack: the production build behind nginx on this machine, without Docker, with the nginx
// configuration docker compose uses (deploy/nginx/beacon.conf.template): Debian's nginx on --port
// (8080) in front of `next start` on --app-port (3001). Ctrl-C stops both.
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { loadEnv } from 'payload/node'
import { ensureNginx, startNginx } from '../deploy/nginx/nginx.js'
import { isListening, running, stopGroup, waitForOk } from '../deploy/processes.js'

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '8080' },
    'app-port': { type: 'string', default: '3001' },
  },
})
const port = Number(args.port)
const appPort = Number(args['app-port'])
const publicUrl = `http://localhost:${port}`

const fail = (message: string): never => {
  console.error(message)
  process.exit(1)
}

loadEnv()

/**
 * Production refuses to start without a secret of 32 characters or more. Without one set, the stack
 * keeps its own in data/ (gitignored), so logins survive a restart.
 */
const productionSecret = (): { secret: string; note?: string } => {
  const given = process.env.PAYLOAD_SECRET
  if (given)
    return given.length >= 32
      ? { secret: given }
      : fail('PAYLOAD_SECRET must be 32 characters or more (openssl rand -hex 32).')
  const file = path.join('data', 'stack-secret')
  if (!existsSync(file)) {
    mkdirSync('data', { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return {
    secret: readFileSync(file, 'utf8').trim(),
    note: `PAYLOAD_SECRET is not set: using the one kept in ${file}.`,
  }
}

const missingNginx = ensureNginx()
if (missingNginx) fail(missingNginx)
for (const [taken, option] of [
  [port, '--port'],
  [appPort, '--app-port'],
] as const) {
  if (await isListening(taken))
    fail(`Port ${taken} is in use: stop what listens there, or choose another with ${option}.`)
}
const { secret, note } = productionSecret()

if (existsSync('.next/BUILD_ID')) {
  console.log('Using the existing build in .next (npm run build makes a new one).')
} else {
  console.log('No build yet: npm run build…')
  if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0)
    fail('The build failed.')
}

// nginx's configuration, pid, logs and refusal pages; readable by its workers (nobody, under root).
const prefix = mkdtempSync(path.join(tmpdir(), 'beacon-stack-'))
chmodSync(prefix, 0o755)
const pagesDir = path.join(prefix, 'pages')
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
}

// As `npm start` does: migrations, the demo content on an empty database, and nginx's own pages.
if (spawnSync('npx', ['tsx', 'scripts/prepare.ts'], { env, stdio: 'inherit' }).status !== 0)
  fail('Preparing the database failed.')

// Bound to "localhost", not "127.0.0.1": see the README (vercel/next.js#94745). Started as node, not
// through npx, so the process group stopped below is the server's.
const app = spawn(
  process.execPath,
  ['scripts/serve.js', '-p', String(appPort), '-H', 'localhost'],
  {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  },
)
const nginx = startNginx({
  dir: prefix,
  listen: `localhost:${port}`,
  app: `localhost:${appPort}`,
  pagesDir,
})

let stopping = false
const stop = async (code: number) => {
  if (stopping) return
  stopping = true
  console.log('\nStopping nginx and the app…')
  await Promise.all([stopGroup(nginx.pid), stopGroup(app.pid)])
  rmSync(prefix, { recursive: true, force: true })
  process.exit(code)
}
process.on('SIGINT', () => void stop(0))
process.on('SIGTERM', () => void stop(0))
for (const [child, name] of [
  [app, 'The app'],
  [nginx, 'nginx'],
] as const) {
  child.on('exit', (code, signal) => {
    if (stopping) return
    console.error(
      `${name} stopped (${signal ?? `exit ${code}`})${name === 'nginx' ? `; see ${prefix}/nginx.log and error.log` : ''}.`,
    )
    void stop(1)
  })
}

try {
  await waitForOk(`${publicUrl}/en`, {
    timeoutMs: 120_000,
    alive: () => running(app) && running(nginx),
    what: 'the site through nginx',
  })
} catch (error) {
  console.error((error as Error).message)
  await stop(1)
}
console.log(`
Beacon's production build, behind nginx:
  site    ${publicUrl}  (${publicUrl}/en, /ja, /es)
  admin   ${publicUrl}/admin
  The app itself listens on http://localhost:${appPort}; readers and staff go through nginx.
  nginx's logs: ${prefix}/access.log, ${prefix}/error.log${note ? `\n  ${note}` : ''}
Ctrl-C stops both.`)
