import { readFileSync, rmSync } from 'node:fs'
import { stopSeededServer } from '../../../scripts/seededServer.js'
import { stateFile } from './startServer.js'

export default async function stopServer() {
  try {
    await stopSeededServer(JSON.parse(readFileSync(stateFile, 'utf8')))
    rmSync(stateFile, { force: true })
  } catch {
    // setup never got as far as starting the server
  }
}
