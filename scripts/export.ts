// npm run export [-- <folder>]: all content, every language, drafts and media files, to a folder.
import './env'
import path from 'node:path'
import { exportContent } from '../src/transfer/exportContent'
import { bootPayload } from './boot'
import { printProgress } from './transferProgress'

const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19)
const dir = path.resolve(process.argv[2] || `exports/beacon-${stamp}`)
const payload = await bootPayload()
console.log(`Exporting to ${dir}`)
const progress = printProgress()
const manifest = await exportContent(payload, dir, progress)
progress.done()
console.log(
  `Done: ${Object.entries(manifest.counts)
    .map(([collection, count]) => `${count} ${collection}`)
    .join(', ')}.`,
)
await payload.destroy()
process.exit(0)
