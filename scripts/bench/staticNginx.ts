// The limit this machine can show: Debian's nginx serving a page's HTML from a file, one worker
// like the app's one process, so each page's figure can be given as a fraction of it.
import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { NGINX } from '../../deploy/nginx/nginx.js'
import { freePort, stopGroup, waitForOk } from '../../deploy/processes.js'

const config = (dir: string, port: number) => `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path ${dir}/temp;
    proxy_temp_path ${dir}/temp;
    fastcgi_temp_path ${dir}/temp;
    uwsgi_temp_path ${dir}/temp;
    scgi_temp_path ${dir}/temp;
    server {
        listen 127.0.0.1:${port};
        root ${dir}/pages;
        default_type text/html;
        location / { try_files $uri.html =404; }
    }
}
`

/** Serves each page's HTML (name -> HTML) from files; `urlOf(name)` gives its address. */
export const serveStatic = async (pages: Record<string, string>) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'beacon-static-'))
  // nginx's workers (nobody, under root) read the pages below; the rest stays unlisted.
  chmodSync(dir, 0o711)
  mkdirSync(path.join(dir, 'pages'), { mode: 0o755 })
  mkdirSync(path.join(dir, 'temp'))
  const file = (name: string) => name.replace(/[^a-z0-9]+/gi, '-')
  for (const [name, html] of Object.entries(pages))
    writeFileSync(path.join(dir, 'pages', `${file(name)}.html`), html)
  const port = await freePort()
  writeFileSync(path.join(dir, 'nginx.conf'), config(dir, port))
  const test = spawnSync(NGINX, ['-t', '-q', '-p', dir, '-c', path.join(dir, 'nginx.conf')], {
    encoding: 'utf8',
  })
  if (test.status !== 0) throw new Error(`nginx rejected the static configuration:\n${test.stderr}`)
  const nginx = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], {
    stdio: 'ignore',
    detached: true,
  })
  const urlOf = (name: string) => `http://127.0.0.1:${port}/${file(name)}`
  const stop = async () => {
    await stopGroup(nginx.pid)
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    await waitForOk(urlOf(Object.keys(pages)[0]), { what: 'nginx serving files' })
  } catch (error) {
    await stop()
    throw error
  }
  return { urlOf, stop }
}
