// Imported first by every script, so .env is loaded before the Payload config reads it.
import { loadEnv } from 'payload/node'

loadEnv()
