// Runs one of the bench's scripts in a child process with the served server's environment (its
// database), so it writes through Payload's Local API while the server keeps serving.
import { spawn } from 'node:child_process'

export const runScript = (
  script: string,
  args: string[],
  env: Record<string, string | undefined>,
) =>
  // Not spawnSync: with this process's event loop blocked, fetch would not see the server close its
  // idle keep-alive sockets meanwhile, and would send the next request down a dead one.
  new Promise<void>((resolve, reject) => {
    const child = spawn('npx', ['tsx', script, ...args], {
      env: env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${script} failed (exit ${code})`)),
    )
  })
