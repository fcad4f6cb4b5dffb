// Next calls register() once per server process, on start. The Node.js part lives in its own module,
// as Next advises, so the Edge build of this file never sees Node's APIs.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build')
    return
  const { startServer } = await import('./instrumentation-node')
  startServer()
}
