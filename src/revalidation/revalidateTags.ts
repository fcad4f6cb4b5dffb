import { AsyncLocalStorage } from 'node:async_hooks'
import { revalidateTag } from 'next/cache'
import { selfRequester } from '@/lib/selfRequest'

// When the tags are revalidated again after a change, in ms: by then a page render that was under
// way at the moment of the change has finished (the second pass is for a server under heavy load).
export const SETTLE_PASSES_MS = [2000, 8000]

/** Where the later passes are asked for (see ./route.ts, served at src/app/(frontend)/next/revalidate). */
export const REVALIDATE_PATH = '/next/revalidate'

// One store per process, not per bundle: the production build holds this module twice (the API
// routes' copy and the pages' copy), and Payload's hooks call whichever copy started Payload first.
// With a store per copy, a write's tags missed the API route's store: they were revalidated before
// the write was committed, and the later passes never ran.
const storeKey = Symbol.for('beacon.pendingRevalidations')
const processGlobal = globalThis as typeof globalThis & {
  [storeKey]?: AsyncLocalStorage<Set<string>>
}
const pendingInRequest = (processGlobal[storeKey] ??= new AsyncLocalStorage<Set<string>>())

/** False outside the Next server (seed scripts, tests): there is no cache in the process to purge. */
export const revalidateNow = (tags: Iterable<string>): boolean => {
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      if (String((error as Error)?.message).includes('static generation store missing'))
        return false
      throw error
    }
  }
  return true
}

/**
 * Marks cached pages and data stale so the next request renders fresh ones (expire 0: nobody is
 * served the old version after a publish). Inside an API request (see revalidateAfterWrites) the
 * tags wait until the request's writes are committed.
 */
export const revalidateTags = (tags: Iterable<string>): void => {
  const store = pendingInRequest.getStore()
  if (store) for (const tag of tags) store.add(tag)
  else revalidateNow(new Set(tags))
}

const requestPass = selfRequester('Revalidation pass')

/**
 * Runs an API request, then revalidates what its writes touched, once they are committed. A render
 * that read the old data just before the commit and is stored just after would count as fresh:
 * so the same tags are revalidated again once such renders have had time to finish (twice: a busy
 * server renders slowly). Those passes are requests to this server, not Next's after(): callbacks
 * given to after() here never ran under `next start`, and stale lists stayed until the next change.
 */
export const revalidateAfterWrites = async <T>(request: () => Promise<T>): Promise<T> => {
  const tags = new Set<string>()
  const result = await pendingInRequest.run(tags, request)
  if (tags.size > 0 && revalidateNow(tags)) {
    const body = JSON.stringify({ tags: [...tags] })
    for (const at of SETTLE_PASSES_MS) {
      setTimeout(
        () =>
          void requestPass(REVALIDATE_PATH, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          }),
        at,
      ).unref()
    }
  }
  return result
}
