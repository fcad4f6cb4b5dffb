// Jest global setup for the browser tests. CI builds once before the tests (E2E_SKIP_BUILD=1);
// on a developer's machine the tests build what they test.
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startSeededServer } from '../../../scripts/seededServer.js'

export const stateFile = path.join(tmpdir(), 'beacon-e2e-state.json')

export default async function startServer() {
  const state = await startSeededServer({ build: process.env.E2E_SKIP_BUILD !== '1' })
  writeFileSync(stateFile, JSON.stringify(state))
  process.env.E2E_BASE_URL = state.url
}
