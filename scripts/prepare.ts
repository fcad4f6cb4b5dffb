// Runs before `npm run dev` and `npm start`: brings the database schema up to date and, on an
// empty database, loads the demo content, so a fresh clone starts with a working site; then brings
// the search index up to date (src/search/fill.ts), so the site never serves from one behind.
import './env'
import { stepsOf } from './steps'
import { rmSync } from 'node:fs'
import { isEmpty, seed } from '../src/seed'
import { fillSearchIndex } from '../src/search/fill'
import { bootPayload } from './boot'
import { organisationNames, writeFrontDoorPages } from './frontDoorPages'
import { printLogin } from './printLogin'
import { printEmbargoLinks } from './printEmbargoLinks'
import { withSharedLock } from '../src/lib/sharedLock'
import { firstSharedRedisConnection, sharedRedis } from '../src/lib/sharedRedis'

const step = stepsOf('Database preparation')

// Next keeps the read layer's cached data, and the pages rendered from it, on disk across restarts,
// keyed only by query or path: after a deploy that changed their shape, or a restore into another
// database, old entries would be served. Every start begins with empty caches instead.
const distDir = process.env.NEXT_DIST_DIR || '.next'
rmSync(`${distDir}/cache/fetch-cache`, { recursive: true, force: true })
rmSync(`${distDir}/server/route-cache`, { recursive: true, force: true })

// Several instances may start at once (docker compose up --scale app=N), each with `npm start`. One
// at a time prepares; the others then find the database migrated, seeded and indexed. Without
// this, each found it empty and loaded the demo content again. The lock outlasts a first start's
// seeding; if its holder dies, it frees itself after five minutes.
step('waiting for Redis, which the instances share')
await firstSharedRedisConnection(30_000)
step('waiting for any other instance preparing the database')
const prepared = await withSharedLock(
  'beacon:prepare',
  { holdMs: 300_000, waitMs: 600_000, whileAway: 'run' },
  async () => {
    step('starting Payload and migrating the database')
    const payload = await bootPayload()
    step('checking for content')
    if (await isEmpty(payload)) {
      console.log('Empty database: loading the demo content (en, ja, es)…')
      step('loading the demo content')
      await seed(payload, (line) => console.log(line))
    }
    step('bringing the search index up to date')
    const filled = await fillSearchIndex(payload)
    if (filled.written || filled.removed)
      console.log(
        `Search index: ${filled.written} documents indexed, ${filled.removed} taken out, in ${(filled.ms / 1000).toFixed(1)} s.`,
      )
    // nginx's own refusal pages, where nginx serves them from (docker compose's shared volume, npm run stack).
    if (process.env.FRONT_DOOR_PAGES_DIR) {
      step("writing the front door's refusal pages")
      writeFrontDoorPages(process.env.FRONT_DOOR_PAGES_DIR, await organisationNames(payload))
    }
    printLogin()
    step('looking up embargo links')
    await printEmbargoLinks(payload)
  },
)
if (!prepared.ran) {
  console.error('Another instance has been preparing the database for ten minutes: giving up.')
  process.exit(1)
}
// Every write is committed by now, and exiting closes the database. Closing it first through
// payload.destroy() made libsql's native module abort now and then (a Rust panic, exit 134, in
// about a third of runs while a Redis connection was open), after all the work was done.
step('closing the connection to Redis')
await sharedRedis()?.close()
process.exit(0)
