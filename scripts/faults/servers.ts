// Stopping and starting the parts of a seeded stack (scripts/seededServer.js) one at a time, as an
// orchestrator would bring a lost part back: an app instance, nginx, Redis.
import { openSync } from 'node:fs'
import path from 'node:path'
import { startNginx } from '../../deploy/nginx/nginx.js'
import { startApp, stopGroup, waitForOk } from '../../deploy/processes.js'
import { startRedis, waitForRedis } from '../../deploy/redis/redis.js'
import type { startSeededServer } from '../seededServer.js'

type Stack = Awaited<ReturnType<typeof startSeededServer>>

export const stopInstance = async (stack: Stack, index: number) => {
  await stopGroup(stack.apps[index].pid, 0)
}

/** Starts instance `index` again on its port, as the stack started it, and waits until it answers. */
export const startInstance = async (stack: Stack, index: number) => {
  const { url } = stack.apps[index]
  const log = openSync(stack.logFile, 'a')
  const child = startApp({
    port: Number(new URL(url).port),
    env: stack.env as NodeJS.ProcessEnv,
    stdio: ['ignore', log, log],
  })
  stack.apps[index].pid = child.pid!
  await waitForOk(`${url}/en`, { timeoutMs: 120_000, what: `the instance on ${url}` })
}

const nginxDir = (stack: Stack) => path.join(stack.dir, 'nginx')

export const stopNginx = async (stack: Stack) => {
  await stopGroup(stack.nginxPid)
}

/** Starts nginx again with the stack's configuration, and waits until the site answers through it. */
export const startNginxAgain = async (stack: Stack) => {
  const nginx = startNginx({
    dir: nginxDir(stack),
    listen: new URL(stack.url).host,
    app: stack.apps.map((app) => new URL(app.url).host),
    pagesDir: path.join(nginxDir(stack), 'pages'),
    logFile: stack.logFile,
  })
  stack.nginxPid = nginx.pid!
  await waitForOk(`${stack.url}/en`, { what: 'the site through nginx' })
}

/** Debian's redis-server on a port of its own, which the faults stop and start. */
export const redisServer = (dir: string, port: number) => {
  let pid: number | undefined
  return {
    url: `redis://127.0.0.1:${port}`,
    start: async () => {
      pid = startRedis({ dir, port }).child.pid
      await waitForRedis(port)
    },
    stop: async () => {
      if (pid) await stopGroup(pid, 2000)
      pid = undefined
    },
  }
}
