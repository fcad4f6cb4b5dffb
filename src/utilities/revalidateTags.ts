import { revalidateTag } from 'next/cache'

/**
 * Marks cached pages and data stale so the next request renders fresh ones (expire 0: nobody is
 * served the old version after a publish). Outside the Next server (seed scripts, tests) there is
 * no cache in the process to purge, and Next says so with this invariant.
 */
export const revalidateTags = (tags: Iterable<string>): void => {
  for (const tag of new Set(tags)) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      if (String((error as Error)?.message).includes('static generation store missing')) return
      throw error
    }
  }
}
