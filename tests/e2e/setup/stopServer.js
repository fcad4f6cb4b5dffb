import { readFileSync, rmSync } from 'node:fs'
import { stateFile } from './startServer.js'

export default async function stopServer() {
  try {
    const { pid, dir } = JSON.parse(readFileSync(stateFile, 'utf8'))
    // The server runs in its own process group (npx → next): end all of it.
    try {
      process.kill(-pid, 'SIGTERM')
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true })
    rmSync(stateFile, { force: true })
  } catch {
    // setup never got as far as starting the server
  }
}
