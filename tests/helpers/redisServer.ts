// A real redis-server (Debian's, deploy/redis/redis.js) for a test: started on a free port in a
// directory of its own, stopped and started again to play an outage, stopped at the end.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ensureRedis, startRedis, waitForRedis } from '../../deploy/redis/redis.js'
import { freePort, stopGroup } from '../../deploy/processes.js'

export type TestRedis = { url: string; stop: () => Promise<void>; start: () => Promise<void> }

export const startTestRedis = async (): Promise<TestRedis & { close: () => Promise<void> }> => {
  const missing = ensureRedis()
  if (missing) throw new Error(missing)
  const dir = mkdtempSync(path.join(tmpdir(), 'beacon-redis-'))
  const port = await freePort()
  let pid: number | undefined
  const start = async () => {
    pid = startRedis({ dir, port }).child.pid
    await waitForRedis(port)
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
