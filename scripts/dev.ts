// npm run dev: Next's development server, with its first compile started at once. Turbopack
// compiles a route on its first request, and the admin is most of the code: on a 2-core machine its
// first compile takes a minute or more (a restart reuses Turbopack's cache in .next/dev). So the
// home page and the admin's login are requested as soon as the server listens, and the terminal
// says when each is ready, rather than the first visitor waiting on a blank tab.
import { spawn } from 'node:child_process'
import { isListening, running } from '../deploy/processes.js'

const args = process.argv.slice(2)
const portFlag = args.findIndex((arg) => arg === '-p' || arg === '--port')
const port = Number(portFlag >= 0 ? args[portFlag + 1] : process.env.PORT || 3000)
const origin = `http://localhost:${port}`

const next = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'dev', ...args], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--no-deprecation' },
})
next.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal))

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const compileFirstPages = async () => {
  while (!(await isListening(port))) {
    if (!running(next)) return
    await sleep(250)
  }
  const started = Date.now()
  console.log(`  Compiling the public site and the admin now (the first time on a small machine, a minute or two)…`)
  for (const [what, path] of [
    ['Public site', '/en'],
    ['Admin', '/admin/login'],
  ]) {
    try {
      // One request each, waited for as long as the compile takes: Turbopack shares it with any
      // visitor's request for the same page.
      await (await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(600_000) })).arrayBuffer()
    } catch {
      return // The server stopped, or says why itself.
    }
    console.log(`  ✓ ${what} ready after ${Math.round((Date.now() - started) / 1000)} s: ${origin}${path === '/en' ? '' : '/admin'}`)
  }
}
void compileFirstPages()
