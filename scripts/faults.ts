// npm run faults: the seeded site on two app instances behind nginx, sharing a SQLite database and
// Debian's redis-server, under a steady load of readers and one writer (scripts/faults/traffic.ts).
// One part at a time is lost and brought back, as an orchestrator would: an app instance (killed),
// Redis, the database (locked, as a stuck backup would leave it), nginx. For each it prints what it
// did and what it saw: requests failed while the part was away, the time until the site was whole
// again; at the end, writes the API acknowledged but lost, or saved twice. Needs a build (npm run
// build); writes bench/results/faults.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createClient } from 'redis'
import { adminCredentials } from '@/seed/adminUser'
import { freePort } from '../deploy/processes.js'
import { ensureRedis } from '../deploy/redis/redis.js'
import { lockDatabase } from './faults/lockDatabase'
import {
  redisServer,
  startInstance,
  startNginxAgain,
  stopInstance,
  stopNginx,
} from './faults/servers'
import { startTraffic, windowOf } from './faults/traffic'
import { startSeededServer, stopSeededServer } from './seededServer.js'

const DOWN_MS = 8000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const missing = ensureRedis()
if (missing) throw new Error(missing)
const redisDir = mkdtempSync(path.join(tmpdir(), 'beacon-faults-redis-'))
const redis = redisServer(redisDir, await freePort())
await redis.start()
const stack = await startSeededServer({
  build: false,
  instances: 2,
  env: { REDIS_URL: redis.url, PRESS_RATE_LIMIT: '1000000' },
})

// Everything below, then the servers are stopped whatever happened.
const measure = async () => {
  const login = await fetch(`${stack.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(adminCredentials()),
  })
  const { token } = (await login.json()) as { token: string }
  const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
  const pages = ['/en', '/ja/news', '/es/noticias', '/en/focus-areas', '/en/search?q=migrant']

  /** Until `check` passes, in ms since `since` (asked every 100 ms, for at most a minute). */
  const recoveredAfter = async (since: number, check: () => Promise<boolean>) => {
    while (Date.now() - since < 60_000) {
      if (await check().catch(() => false)) return Date.now() - since
      await sleep(100)
    }
    return Infinity
  }
  const answers = (url: string) => async () => (await fetch(url)).status === 200

  type Fault = {
    name: string
    /** How long the part stays away (DOWN_MS unless said). */
    awayMs?: number
    breaks: () => Promise<void>
    repairs: () => Promise<void>
    whole: () => Promise<boolean>
  }
  const faults: Fault[] = [
    {
      name: 'an app instance is killed, then started again',
      breaks: () => stopInstance(stack, 0),
      repairs: () => startInstance(stack, 0),
      whole: answers(`${stack.apps[0].url}/en`),
    },
    {
      name: 'Redis stops, then starts again',
      breaks: redis.stop,
      repairs: redis.start,
      // The instances share again: their cache is back in Redis.
      whole: async () => {
        const client = createClient({ url: redis.url })
        await client.connect()
        try {
          return (await client.keys('beacon:cache:*')).length > 0
        } finally {
          await client.close()
        }
      },
    },
    (() => {
      let unlock: (() => Promise<void>) | undefined
      return {
        name: 'the database is locked, then released',
        breaks: async () => {
          unlock = await lockDatabase(stack.env.DATABASE_URI.slice('file:'.length))
        },
        repairs: async () => unlock?.(),
        whole: answers(`${stack.url}/api/news-releases?limit=1&depth=0`),
      }
    })(),
    {
      // A restart, as after a configuration change: nginx is the one front door, so every
      // request in between is refused (a reload, nginx -s reload, would lose none).
      name: 'nginx is restarted',
      awayMs: 0,
      breaks: () => stopNginx(stack),
      repairs: () => startNginxAgain(stack),
      whole: answers(`${stack.url}/en`),
    },
  ]

  const traffic = startTraffic(stack.url, pages, auth)
  const report = []
  try {
    await sleep(5000)
    for (const fault of faults) {
      const broken = Date.now()
      await fault.breaks()
      await sleep(fault.awayMs ?? DOWN_MS)
      const repaired = Date.now()
      await fault.repairs()
      const recoveryMs = await recoveredAfter(repaired, fault.whole)
      const whole = repaired + recoveryMs
      report.push({
        fault: fault.name,
        'away s': Math.round((repaired - broken) / 100) / 10,
        'whole again after s': Math.round(recoveryMs / 100) / 10,
        reads: windowOf(traffic.reads, broken, whole),
        writes: windowOf(traffic.writes, broken, whole),
      })
      console.log(
        `${fault.name}: whole again ${(recoveryMs / 1000).toFixed(1)} s after the repair.`,
      )
      await sleep(5000)
    }
  } finally {
    await traffic.stop()
  }

  // Every acknowledged write, looked for once all is back: lost if missing, duplicated if twice. The
  // API pages long lists, 50 at a time.
  const emails: string[] = []
  for (let page = 1; ; page++) {
    const query = `where[email][like]=faults-&limit=50&page=${page}&depth=0&select[email]=true`
    const saved = await fetch(`${stack.url}/api/contacts?${query}`, { headers: auth })
    const { docs, hasNextPage } = (await saved.json()) as {
      docs: { email: string }[]
      hasNextPage: boolean
    }
    emails.push(...docs.map((doc) => doc.email))
    if (!hasNextPage) break
  }
  const count = new Map<string, number>()
  for (const email of emails) count.set(email, (count.get(email) ?? 0) + 1)
  const writes = {
    acknowledged: traffic.acknowledged.length,
    lost: traffic.acknowledged.filter((email) => !count.has(email)).length,
    duplicated: [...count.values()].filter((n) => n > 1).length,
  }

  console.log(
    '\nFaults under load (8 readers through nginx, one writer saving a contact every 300 ms)\n',
  )
  console.table(
    report.map(({ reads, writes: written, ...rest }) => ({
      ...rest,
      'reads failed': `${reads.failed} of ${reads.requests} (${reads.failedPercent}%)`,
      'writes failed': `${written.failed} of ${written.requests}`,
      'failed with':
        [...new Set([...reads.statuses, ...written.statuses])]
          .map((status) => (status === 0 ? 'no answer' : status))
          .join(', ') || '—',
    })),
  )
  console.log('Writes the API acknowledged:', writes)
  console.log(
    'Aims: under 1% of requests failed while an instance is lost; 0 writes lost or duplicated; whole again without a hand on it.',
  )
  mkdirSync('bench/results', { recursive: true })
  writeFileSync(
    'bench/results/faults.json',
    `${JSON.stringify({ date: new Date(), report, writes }, null, 2)}\n`,
  )
}

try {
  await measure()
} finally {
  await stopSeededServer(stack)
  await redis.stop()
  rmSync(redisDir, { recursive: true, force: true })
}
process.exit(0)
