// Debian's nginx as Beacon's front door on this machine, without Docker: the template that docker
// compose uses (beacon.conf.template), rendered into a directory of the caller's with a main
// configuration of its own (pid, logs and temporary files in that directory, in the foreground).
// For `npm run stack` and the browser tests' seeded server.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const NGINX = '/usr/sbin/nginx'
const template = path.join(import.meta.dirname, 'beacon.conf.template')

/**
 * The template with its ${BEACON_…} placeholders filled in, as the nginx image's envsubst does. A
 * list of values repeats the line that holds the placeholder once per value (the upstream's
 * `server` line, once per app instance).
 */
export const renderTemplate = (values) =>
  readFileSync(template, 'utf8')
    .split('\n')
    .flatMap((line) => {
      const listed = Object.keys(values).find(
        (name) => Array.isArray(values[name]) && line.includes(`\${${name}}`),
      )
      return listed ? values[listed].map((value) => line.replace(`\${${listed}}`, value)) : [line]
    })
    .join('\n')
    .replace(/\$\{(BEACON_[A-Z_]+)\}/g, (placeholder, name) => {
      if (values[name] === undefined) throw new Error(`No value for ${placeholder} in ${template}`)
      return values[name]
    })

const mainConfig = (
  dir,
) => `# Written by deploy/nginx/nginx.js: Beacon's front door, run by hand rather than as a service.
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events {
    worker_connections 1024;
}
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log ${dir}/access.log;
    client_body_temp_path ${dir}/temp/body;
    proxy_temp_path ${dir}/temp/proxy;
    fastcgi_temp_path ${dir}/temp/fastcgi;
    uwsgi_temp_path ${dir}/temp/uwsgi;
    scgi_temp_path ${dir}/temp/scgi;
    include ${dir}/beacon.conf;
}
`

/**
 * Makes sure nginx is installed: apt-get as root, or else a message saying what to install.
 * Returns an error message, or nothing when nginx is there.
 */
export const ensureNginx = ({ log = console.log } = {}) => {
  if (existsSync(NGINX)) return undefined
  if (process.getuid?.() !== 0)
    return `nginx is not installed: run \`sudo apt-get install -y nginx\` (Debian's package) and try again.`
  log('Installing nginx (apt-get install -y nginx)…')
  const install = spawnSync(
    'sh',
    ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx'],
    { stdio: 'inherit' },
  )
  return install.status === 0 && existsSync(NGINX)
    ? undefined
    : 'Installing nginx with apt-get failed (see above).'
}

/**
 * Writes the configuration into `dir` and checks it with `nginx -t`. `listen` is what nginx
 * listens on (`localhost:8080`: every address localhost resolves to), `app` the app's host:port
 * (or a list of them, one per instance, which nginx balances over),
 * `pagesDir` where scripts/frontDoorPages.ts wrote the refusal pages.
 */
export const writeNginxConfig = ({ dir, listen, app, pagesDir }) => {
  mkdirSync(path.join(dir, 'temp'), { recursive: true })
  writeFileSync(
    path.join(dir, 'beacon.conf'),
    renderTemplate({
      BEACON_LISTEN: listen,
      BEACON_APP: app,
      BEACON_PAGES_DIR: pagesDir,
      BEACON_CACHE_DIR: path.join(dir, 'cache'),
    }),
  )
  const config = path.join(dir, 'nginx.conf')
  writeFileSync(config, mainConfig(dir))
  const test = spawnSync(NGINX, ['-t', '-q', '-p', dir, '-c', config], { encoding: 'utf8' })
  if (test.status !== 0)
    throw new Error(`nginx rejected its configuration (${config}):\n${test.stderr}`)
  return config
}

/** Starts nginx in the foreground, in its own process group (see stopGroup); its messages go to `logFile`. */
export const startNginx = ({
  dir,
  listen,
  app,
  pagesDir,
  logFile = path.join(dir, 'nginx.log'),
}) => {
  const config = writeNginxConfig({ dir, listen, app, pagesDir })
  const log = openSync(logFile, 'a')
  return spawn(NGINX, ['-p', dir, '-c', config], { stdio: ['ignore', log, log], detached: true })
}
