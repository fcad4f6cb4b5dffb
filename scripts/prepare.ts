// Runs before `npm run dev` and `npm start`: brings the database schema up to date and, on an
// empty database, loads the demo content, so a fresh clone starts with a working site.
import './env'
import { isEmpty, seed } from '../src/seed'
import { bootPayload } from './boot'
import { printLogin } from './printLogin'

const payload = await bootPayload()
if (await isEmpty(payload)) {
  console.log('Empty database: loading the demo content (en, ja, es)…')
  await seed(payload, (line) => console.log(line))
}
printLogin()
await payload.destroy()
process.exit(0)
