// The read layer's types say which fields come back per language (locale "all"); they are listed by
// hand in src/content/raw.ts, so this checks the list against the running config, both ways.
import { describe, expect, it } from '@jest/globals'
import type { FlattenedField, SanitizedConfig } from 'payload'
import {
  type FocusAreaDoc,
  localizedFields,
  type NewsReleaseDoc,
  type PerLocale,
} from '@/content/raw'

const config: SanitizedConfig = await (await import('@payload-config')).default

// Every localized field's path, into groups and array rows (as the read layer's types follow them).
const localizedPaths = (fields: FlattenedField[], prefix = ''): string[] =>
  fields.flatMap((field) => {
    const path = `${prefix}${field.name}`
    if ('localized' in field && field.localized) return [path]
    if (field.type === 'group' || field.type === 'array')
      return localizedPaths(field.flattenedFields, `${path}.`)
    return []
  })

const fieldsOf = (slug: string): FlattenedField[] => {
  const document =
    config.collections.find((collection) => collection.slug === slug) ??
    config.globals.find((global) => global.slug === slug)
  if (!document) throw new Error(`No collection or global ${slug}`)
  return document.flattenedFields
}

describe('the localized fields the read layer is typed with', () => {
  it.each(Object.entries(localizedFields))('are those of %s in the config', (slug, listed) => {
    expect(localizedPaths(fieldsOf(slug)).sort()).toEqual([...listed].sort())
  })
})

// Checked by `tsc --noEmit` (jest strips types): what the types say of a read with locale "all".
export const typeChecks = (release: NewsReleaseDoc, area: FocusAreaDoc) => {
  const title: PerLocale<string | null> | undefined = release.title
  // @ts-expect-error a localized field is one value per language, not a string
  const plainTitle: string | null | undefined = release.title
  const slug: string | null | undefined = release.slug
  const seoTitle: PerLocale<string | null> | undefined = release.meta?.title
  const stanceHeading: PerLocale<string | null> | undefined = area.stance?.[0]?.heading
  // A related document, when populated, is read with locale "all" too.
  const committee = area.activities?.[0]?.committee
  const committeeName: PerLocale<string | null> | undefined =
    typeof committee === 'object' ? committee.name : undefined
  // @ts-expect-error no such field
  const missing = release.headline
  return [title, plainTitle, slug, seoTitle, stanceHeading, committeeName, missing]
}
