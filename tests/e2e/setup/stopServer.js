import { copyFileSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { stopSeededServer } from '../../../scripts/seededServer.js'
import { stateFile } from './startServer.js'

/** The server's log of the last run, kept after its folder is removed: what a failed test saw. */
export const lastServerLog = path.join(tmpdir(), 'beacon-e2e-server.log')

export default async function stopServer() {
  try {
    const state = JSON.parse(readFileSync(stateFile, 'utf8'))
    copyFileSync(state.logFile, lastServerLog)
    await stopSeededServer(state)
    rmSync(stateFile, { force: true })
  } catch {
    // setup never got as far as starting the server
  }
}
