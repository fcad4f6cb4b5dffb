// A real redis-server (Debian's, deploy/redis/redis.js) for a test: started on a free port in a
// directory of its own, stopped and started again to play an outage, stopped at the end.
import { mkdtempSync, rmSync } from 'node:fs'
import { createConnection } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ensureRedis, startRedis } from '../../deploy/redis/redis.js'
import { freePort, stopGroup } from '../../deploy/processes.js'

const answersPing = (port: number) =>
  new Promise<boolean>((resolve) => {
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

export type TestRedis = { url: string; stop: () => Promise<void>; start: () => Promise<void> }

export const startTestRedis = async (): Promise<TestRedis & { close: () => Promise<void> }> => {
  const missing = ensureRedis()
  if (missing) throw new Error(missing)
  const dir = mkdtempSync(path.join(tmpdir(), 'beacon-redis-'))
  const port = await freePort()
  let pid: number | undefined
  const start = async () => {
    pid = startRedis({ dir, port }).child.pid
    const deadline = Date.now() + 10_000
    while (!(await answersPing(port))) {
      if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${port}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  const stop = async () => {
    if (pid) await stopGroup(pid, 2000)
    pid = undefined
  }
  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    stop,
    close: async () => {
      await stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
