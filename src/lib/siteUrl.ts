// Read when the server runs, not inlined at build time as a NEXT_PUBLIC_ variable would be: one
// build serves any address (a test run's random port, staging, production).
export const siteUrl = (): string =>
  (process.env.SERVER_URL || 'http://localhost:3000').replace(/\/$/, '')

/**
 * A URL on this site as a path from its root, so that it works on whichever host served the page
 * (and stays within its CSP's 'self'); a URL elsewhere is returned as it is.
 */
export const sitePath = (url: string): string => {
  const base = siteUrl()
  return url.startsWith(`${base}/`) ? url.slice(base.length) : url
}
