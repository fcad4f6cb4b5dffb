import type { CollectionSlug } from 'payload'

/** What an export holds, in the order an import creates it (what is linked to comes first). */
export const transferredCollections = [
  'media',
  'focus-areas',
  'partners',
  'contacts',
  'committees',
  'news-releases',
] as const satisfies CollectionSlug[]
export type TransferredCollection = (typeof transferredCollections)[number]
export const transferredGlobals = ['site-settings'] as const

export const FORMAT = 'beacon-export'
export const FORMAT_VERSION = 1

export interface Manifest {
  format: typeof FORMAT
  version: typeof FORMAT_VERSION
  exportedAt: string
  locales: string[]
  counts: Record<string, number>
}

/**
 * One document with every language. With drafts, `published` is what the public has (each
 * language's status included) and `latest` the newest version of every language; without, `doc`.
 */
export type ExportedDocument =
  | { id: string | number; published: Record<string, unknown>; latest: Record<string, unknown> }
  | { id: string | number; doc: Record<string, unknown> }

export type Progress = (step: string, done: number, total: number) => void
