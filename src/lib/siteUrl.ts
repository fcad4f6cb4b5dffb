// Read when the server runs, not inlined at build time as a NEXT_PUBLIC_ variable would be: one
// build serves any address (a test run's random port, staging, production).
export const siteUrl = (): string =>
  (process.env.SERVER_URL || 'http://localhost:3000').replace(/\/$/, '')
