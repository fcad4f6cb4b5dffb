// The load `npm run faults` keeps up while it breaks things: readers on a mix of pages through the
// front door, and one member of staff saving a new contact every few hundred milliseconds. Every
// request is recorded, so each fault's window can be counted afterwards, and every write the API
// acknowledged can be looked for once all is back.

export type Outcome = { at: number; ok: boolean; status: number }
export type Traffic = {
  reads: Outcome[]
  writes: Outcome[]
  /** The e-mail address of each contact whose creation the API acknowledged (201). */
  acknowledged: string[]
  stop: () => Promise<void>
}

const READERS = 8
const WRITE_EVERY_MS = 300

const timed = async (request: () => Promise<Response>): Promise<Outcome> => {
  const at = Date.now()
  try {
    const response = await request()
    await response.arrayBuffer()
    return { at, ok: response.ok, status: response.status }
  } catch {
    return { at, ok: false, status: 0 }
  }
}

/** Starts the readers and the writer against `url` (the front door); `auth` signs the writer in. */
export const startTraffic = (
  url: string,
  pages: string[],
  auth: Record<string, string>,
): Traffic => {
  const traffic: Omit<Traffic, 'stop'> = { reads: [], writes: [], acknowledged: [] }
  let running = true
  const reader = async (offset: number) => {
    for (let i = offset; running; i++) {
      const page = pages[i % pages.length]
      traffic.reads.push(
        await timed(() =>
          fetch(`${url}${page}`, { signal: AbortSignal.timeout(15_000), redirect: 'manual' }),
        ),
      )
    }
  }
  const writer = async () => {
    for (let n = 1; running; n++) {
      const email = `faults-${Date.now()}-${n}@example.org`
      const outcome = await timed(() =>
        fetch(`${url}/api/contacts`, {
          method: 'POST',
          headers: auth,
          body: JSON.stringify({ name: `Fault Check ${n}`, email, timeZone: 'UTC' }),
          signal: AbortSignal.timeout(15_000),
        }),
      )
      traffic.writes.push({ at: outcome.at, ok: outcome.status === 201, status: outcome.status })
      if (outcome.status === 201) traffic.acknowledged.push(email)
      await new Promise((resolve) => setTimeout(resolve, WRITE_EVERY_MS))
    }
  }
  const loops = [...Array.from({ length: READERS }, (_, i) => reader(i)), writer()]
  return {
    ...traffic,
    stop: async () => {
      running = false
      await Promise.all(loops)
    },
  }
}

/** The outcomes between two moments, and how many failed. */
export const windowOf = (outcomes: Outcome[], from: number, to: number) => {
  const inside = outcomes.filter((outcome) => outcome.at >= from && outcome.at <= to)
  const failed = inside.filter((outcome) => !outcome.ok)
  return {
    requests: inside.length,
    failed: failed.length,
    failedPercent: inside.length ? Math.round((1000 * failed.length) / inside.length) / 10 : 0,
    statuses: [...new Set(failed.map((outcome) => outcome.status))].sort(),
  }
}
