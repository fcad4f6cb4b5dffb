/**
 * A fixed-window request counter per client (see clientAddress), in this server's memory: enough
 * for one Node process (the way Beacon runs); several instances would each count their own share.
 */
export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxClients = 50_000,
  ) {}

  /**
   * Counts one request, as `cost` lookups when it makes several at once; past the limit, says how
   * many seconds until the window resets.
   */
  hit(
    client: string,
    now = Date.now(),
    cost = 1,
  ): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    let window = this.windows.get(client)
    if (!window || now - window.start >= this.windowMs) {
      if (!window && this.windows.size >= this.maxClients) this.forgetExpired(now)
      window = { start: now, count: 0 }
      this.windows.set(client, window)
    }
    window.count += cost
    if (window.count <= this.limit) return { allowed: true }
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000)),
    }
  }

  private forgetExpired(now: number) {
    for (const [client, window] of this.windows)
      if (now - window.start >= this.windowMs) this.windows.delete(client)
    // Still full of live clients: drop the oldest rather than grow without bound.
    while (this.windows.size >= this.maxClients)
      this.windows.delete(this.windows.keys().next().value as string)
  }
}
