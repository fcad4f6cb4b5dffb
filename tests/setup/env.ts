// Runs before each test file imports anything: every file gets a database of its own.
import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const id = `${process.pid}-${randomBytes(4).toString('hex')}`
const testUri = process.env.TEST_DATABASE_URI?.trim()

if (testUri && /^mongodb(\+srv)?:\/\//.test(testUri)) {
  const url = new URL(testUri)
  url.pathname = `/beacon_test_${id.replace(/-/g, '_')}`
  process.env.DATABASE_URI = url.toString()
} else {
  const dir = mkdtempSync(path.join(tmpdir(), 'beacon-test-'))
  process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
}
process.env.MEDIA_DIR ??= mkdtempSync(path.join(tmpdir(), 'beacon-media-'))
process.env.PAYLOAD_SECRET = 'test-secret'
process.env.NEXT_TELEMETRY_DISABLED = '1'
// The suite provokes many 4xx errors on purpose; Payload would log each one.
process.env.LOG_LEVEL ??= 'fatal'
