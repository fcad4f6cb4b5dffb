// npm run seed: loads (or refreshes) the demo content in en, ja and es. Safe to run again.
import './env'
import { seed } from '../src/seed'
import { bootPayload } from './boot'
import { printLogin } from './printLogin'

const payload = await bootPayload()
console.log('Seeding demo content (en, ja, es)…')
const started = Date.now()
await seed(payload, (line) => console.log(line))
console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
printLogin()
await payload.destroy()
process.exit(0)
