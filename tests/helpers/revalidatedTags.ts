import { jest } from '@jest/globals'

/**
 * Mocks next/cache so that every tag revalidated is recorded in the returned list. Call it before
 * importing anything that loads Payload's config, as jest.unstable_mockModule requires.
 */
export const recordRevalidatedTags = (): string[] => {
  const revalidated: string[] = []
  jest.unstable_mockModule('next/cache', () => ({
    revalidateTag: (tag: string) => {
      revalidated.push(tag)
    },
    unstable_cache: (fn: () => unknown) => fn,
  }))
  return revalidated
}
