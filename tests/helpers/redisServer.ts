// A real redis-server (Debian's, deploy/redis/redis.js) for a test: started on a free port in a
// directory of its own, stopped and started again to play an outage, stopped at the end.
import { afterAll, beforeAll } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ensureRedis, startRedis, waitForRedis } from '../../deploy/redis/redis.js'
import { freePort, stopGroup } from '../../deploy/processes.js'
import { sharedRedis } from '@/lib/sharedRedis'

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

/** Waits until this process's connection to the shared Redis (src/lib/sharedRedis.ts) is ready. */
export const sharedRedisReady = async () => {
  const deadline = Date.now() + 10_000
  while (!sharedRedis()?.isReady) {
    if (Date.now() > deadline) throw new Error('the shared Redis connection did not become ready')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/**
 * For a test file: a redis-server that REDIS_URL names while the file runs, this process connected
 * to it before the first test; closed after the last.
 */
export const sharedRedisForFile = () => {
  const server = {} as { current: TestRedis }
  beforeAll(async () => {
    server.current = await startTestRedis()
    process.env.REDIS_URL = server.current.url
    await sharedRedisReady()
  })
  afterAll(async () => {
    await sharedRedis()?.close()
    delete process.env.REDIS_URL
    await (server.current as Awaited<ReturnType<typeof startTestRedis>>)?.close()
  })
  return server
}
