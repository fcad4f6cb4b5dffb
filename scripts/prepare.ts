// Runs before `npm run dev` and `npm start`: brings the database schema up to date and, on an
// empty database, loads the demo content, so a fresh clone starts with a working site.
import './env'
import { rmSync } from 'node:fs'
import { isEmpty, seed } from '../src/seed'
import { bootPayload } from './boot'
import { printLogin } from './printLogin'

// Next keeps the read layer's cached data on disk across builds and restarts, keyed only by query
// and arguments: after a deploy that changed its shape, or a restore into another database, old
// entries would be served. Every start begins with an empty data cache instead.
rmSync('.next/cache/fetch-cache', { recursive: true, force: true })

const payload = await bootPayload()
if (await isEmpty(payload)) {
  console.log('Empty database: loading the demo content (en, ja, es)…')
  await seed(payload, (line) => console.log(line))
}
printLogin()
await payload.destroy()
process.exit(0)
