import { cronSecret } from './secrets'

/**
 * This server's own address, which Next records when it starts (-H and -p). Outside a Next server
 * (a script, a test) there is none, and no guess: localhost:3000 could be someone else's server.
 */
const serverOrigin = (): string | undefined => process.env.__NEXT_PRIVATE_ORIGIN

/**
 * Calls this server, with the cron secret, from a timer: Next revalidates cached pages only inside
 * a request, so the job runner and the later revalidation passes go through HTTP. A failure is
 * logged once per kind, not on every call.
 */
export const selfRequester = (label: string) => {
  let lastError = ''
  return async (target: string, init: RequestInit = {}): Promise<void> => {
    const url = /^https?:\/\//.test(target)
      ? target
      : serverOrigin() && `${serverOrigin()}${target}`
    if (!url) return
    try {
      const response = await fetch(url, {
        ...init,
        headers: {
          ...(init.headers as Record<string, string> | undefined),
          authorization: `Bearer ${cronSecret()}`,
        },
        signal: AbortSignal.timeout(60_000),
      })
      if (!response.ok) throw new Error(`${response.status} ${await response.text()}`)
      lastError = ''
    } catch (error) {
      const message = String((error as Error)?.message ?? error)
      if (message !== lastError) console.error(`${label}: ${url} failed: ${message}`)
      lastError = message
    }
  }
}
