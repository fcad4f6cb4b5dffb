import { cache } from 'react'

// One map per request: React's cache is scoped to the server render, which generateMetadata and the
// page share. They ask for the same data, and after a publish revalidated it each call missed Next's
// data cache and ran its query again (at 10,000 releases the news list's count is 10 ms of SQL,
// so twice per render). Outside a render (scripts, tests) nothing is kept.
const requestReads = cache(() => new Map<string, Promise<unknown>>())

/** The one pending read for `key` in this request: the first call's `read`, shared by the rest. */
export const oncePerRequest = <R>(key: string, read: () => Promise<R>): Promise<R> => {
  const reads = requestReads()
  if (!reads.has(key)) reads.set(key, read())
  return reads.get(key) as Promise<R>
}
