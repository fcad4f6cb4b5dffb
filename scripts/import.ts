// npm run import -- <folder>: loads an export into an empty database (SQLite or MongoDB, by DATABASE_URI).
import './env'
import path from 'node:path'
import { seedAdminUser } from '../src/seed/adminUser'
import { ImportError, importContent } from '../src/transfer/importContent'
import { bootPayload } from './boot'
import { printLogin } from './printLogin'
import { printProgress } from './transferProgress'

const source = process.argv[2]
if (!source) {
  console.error('Give the export folder: npm run import -- exports/beacon-…')
  process.exit(2)
}
const dir = path.resolve(source)
const payload = await bootPayload()
console.log(`Importing ${dir}`)
const progress = printProgress()
try {
  const counts = await importContent(payload, dir, progress)
  progress.done()
  console.log(
    `Done: ${Object.entries(counts)
      .map(([collection, count]) => `${count} ${collection}`)
      .join(', ')}.`,
  )
  // Accounts are not exported: the admin from SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD opens the door.
  await seedAdminUser(payload)
  printLogin({ withDemoStaff: false })
} catch (error) {
  progress.done()
  if (!(error instanceof ImportError)) throw error
  console.error(`Import stopped: ${error.message}`)
  await payload.destroy()
  process.exit(1)
}
await payload.destroy()
process.exit(0)
