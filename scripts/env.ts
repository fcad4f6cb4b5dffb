// Imported first by every script, so .env is loaded before the Payload config reads it.
import { loadEnv } from 'payload/node'

loadEnv()
// Scripts print their own progress; Payload's info lines would only add noise.
process.env.LOG_LEVEL ??= 'error'
