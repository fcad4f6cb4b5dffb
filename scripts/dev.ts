// npm run dev: Next's development server, with its first compile started at once. Turbopack
// compiles a route on its first request, and the admin is most of the code: on a 2-core machine its
// first compile takes a minute or more (a restart reuses Turbopack's cache in .next/dev). So the
// home page and the admin's login are requested as soon as the server listens, and the terminal
// says when each is ready, rather than the first visitor waiting on a blank tab; then the other
// pages compile in the background.
import { spawn } from 'node:child_process'
import { isListening, running } from '../deploy/processes.js'
import { routing } from '../src/i18n/routing'

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

/** One request, waited for as long as its compile takes: Turbopack shares it with a visitor's. */
const visit = async (path: string): Promise<Response> => {
  const response = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(600_000) })
  await response.arrayBuffer()
  return response
}

/** The site's other list pages (from the one list of paths) and one release, quietly. */
const otherPages = async (): Promise<string[]> => {
  const lists = Object.keys(routing.pathnames).filter((path) => path !== '/' && !path.includes('['))
  const releases = await fetch(`${origin}/api/news-releases?limit=1&depth=0&select[slug]=true`)
  const slug = ((await releases.json()) as { docs?: { slug?: string }[] }).docs?.[0]?.slug
  return [...lists, ...(slug ? [`/news/${slug}`] : [])].map(
    (path) => `/${routing.defaultLocale}${path}`,
  )
}

const compileFirstPages = async () => {
  while (!(await isListening(port))) {
    if (!running(next)) return
    await sleep(250)
  }
  const started = Date.now()
  console.log(
    `  Compiling the public site and the admin now (the first time on a small machine, a minute or two)…`,
  )
  for (const [what, path] of [
    ['Public site', '/en'],
    ['Admin', '/admin/login'],
  ]) {
    try {
      await visit(path)
    } catch {
      return // The server stopped, or says why itself.
    }
    console.log(
      `  ✓ ${what} ready after ${Math.round((Date.now() - started) / 1000)} s: ${origin}${path === '/en' ? '' : '/admin'}`,
    )
  }
  try {
    for (const path of await otherPages()) await visit(path)
    console.log(`  ✓ The other pages compiled after ${Math.round((Date.now() - started) / 1000)} s`)
  } catch {
    // The server stopped.
  }
}
void compileFirstPages()
