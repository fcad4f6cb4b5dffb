// Imported first by every script, so .env is loaded before the Payload config reads it.
import { loadEnv } from 'payload/node'
import { exitWithoutProductionSecret } from '../src/lib/secrets'

loadEnv()
// Scripts print their own progress; Payload's info lines would only add noise.
process.env.LOG_LEVEL ??= 'error'
// A script is not a Next dev server: no HMR socket to localhost:3000, no background version check.
process.env.DISABLE_PAYLOAD_HMR = 'true'
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER = 'true'

// In production (npm start runs prepare first) a missing secret is said plainly, before the
// Payload config would throw it with a stack trace.
exitWithoutProductionSecret()
