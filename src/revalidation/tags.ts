import type { CollectionSlug, GlobalSlug } from 'payload'

// Cache tag names live here only: the read layer tags what it reads, the hooks revalidate the same names.
export const collectionTag = (collection: CollectionSlug): string => collection
export const documentTag = (collection: CollectionSlug, slug: string): string =>
  `${collection}:${slug}`
export const globalTag = (global: GlobalSlug): string => `global:${global}`
