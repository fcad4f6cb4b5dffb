import { AsyncLocalStorage } from 'node:async_hooks'
import { revalidateTag } from 'next/cache'
import { after } from 'next/server'

// When the tags are revalidated again after a change, in ms: by then a page render that was under
// way at the moment of the change has finished (the second pass is for a server under heavy load).
export const SETTLE_PASSES_MS = [2000, 8000]

const pendingInRequest = new AsyncLocalStorage<Set<string>>()

/** False outside the Next server (seed scripts, tests): there is no cache in the process to purge. */
const revalidateNow = (tags: Iterable<string>): boolean => {
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      if (String((error as Error)?.message).includes('static generation store missing')) return false
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

/**
 * Runs an API request, then revalidates what its writes touched, once they are committed. A render
 * that read the old data just before the commit and is stored just after would count as fresh:
 * so the same tags are revalidated again once such renders have had time to finish (twice: a busy
 * server renders slowly, and a clean-clone CI run once kept a stale list past the first pass).
 */
export const revalidateAfterWrites = async <T>(request: () => Promise<T>): Promise<T> => {
  const tags = new Set<string>()
  const result = await pendingInRequest.run(tags, request)
  if (tags.size > 0 && revalidateNow(tags)) {
    after(async () => {
      let waited = 0
      for (const at of SETTLE_PASSES_MS) {
        await new Promise((resolve) => setTimeout(resolve, at - waited))
        waited = at
        revalidateNow(tags)
      }
    })
  }
  return result
}
