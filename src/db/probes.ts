import { Worker } from 'node:worker_threads'
import type { BaseDatabaseAdapter } from 'payload'

/** Resolves once the database answers a trivial query; rejects while it does not. */
export type Probe = ((db: BaseDatabaseAdapter) => Promise<void>) & { stop?: () => Promise<void> }

// In a thread of its own, with a connection of its own: SQLite's driver blocks the thread it runs
// on while it waits for a lock, and the server's thread must go on serving cached pages meanwhile.
const probeThread = `
const { parentPort, workerData } = require('node:worker_threads')
const { createClient } = require('@libsql/client')
const client = createClient({ url: workerData.url })
parentPort.on('message', async (id) => {
  try {
    await client.execute('PRAGMA busy_timeout = 1000')
    await client.execute('SELECT count(*) FROM sqlite_master')
    parentPort.postMessage({ id, ok: true })
  } catch (error) {
    parentPort.postMessage({ id, ok: false, message: String(error && error.message) })
  }
})
`

/** Tries a SQLite file from a worker thread (started on the first probe, kept idle after). */
export const sqliteProbe = (url: string): Probe => {
  let worker: Worker | undefined
  let next = 0
  const probe: Probe = () =>
    new Promise<void>((resolve, reject) => {
      if (!worker) {
        const started = new Worker(probeThread, { eval: true, workerData: { url } })
        started.unref()
        // A thread that failed (say, its file could not be opened) is started afresh next time.
        started
          .on('error', () => {})
          .on('exit', () => {
            if (worker === started) worker = undefined
          })
        worker = started
      }
      const thread = worker
      const id = next++
      const settle = (error?: Error) => {
        thread.off('message', answer).off('exit', stopped)
        if (error) reject(error)
        else resolve()
      }
      const answer = (reply: { id: number; ok: boolean; message?: string }) => {
        if (reply.id === id) settle(reply.ok ? undefined : new Error(reply.message))
      }
      const stopped = () => settle(new Error('the probe thread stopped'))
      thread.on('message', answer).on('exit', stopped)
      thread.postMessage(id)
    })
  probe.stop = async () => {
    const thread = worker
    worker = undefined
    await thread?.terminate()
  }
  return probe
}

/** Pings MongoDB through the adapter's own connection (its driver does not block the thread). */
export const mongoProbe: Probe = async (db) => {
  const { connection } = db as unknown as {
    connection: { db?: { admin: () => { ping: () => Promise<unknown> } } }
  }
  if (!connection.db) throw new Error('not connected')
  await connection.db.admin().ping()
}
