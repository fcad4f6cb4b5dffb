// What Payload's Local API really returns to the read layer, typed from the generated payload-types.ts.
import type { Locale } from '@/i18n/locales'
import type { Config } from '@/payload-types'

/** Every document type the read layer reads, by collection or global slug. */
export type Docs = Config['collections'] & Config['globals']
export type Slug = keyof Docs

/** A localized field read with locale "all": one value per language, any of them missing. */
export type PerLocale<T> = Partial<Record<Locale, T>>

/**
 * Where `a.b` is a field path of T (into groups and array rows, not into related documents): the
 * check that keeps the list of localized fields below in step with the generated types.
 */
type FieldPath<T> = T extends readonly (infer Row)[]
  ? FieldPath<Row>
  : T extends { id: number } | null | undefined
    ? never
    : T extends object
      ? { [K in keyof T & string]: K | `${K}.${FieldPath<NonNullable<T[K]>>}` }[keyof T & string]
      : never
type DocFieldPath<T> = {
  [K in keyof T & string]: K | `${K}.${FieldPath<NonNullable<T[K]>>}`
}[keyof T & string]

/**
 * The localized fields of each document the read layer reads, as in the collection configs
 * (`localized: true`). Listed by hand because the configs are typed as Payload's `Field`, which
 * keeps no trace of `localized` for the type checker; each path must name a field of the
 * generated type, and tests/int/readTypes.test.ts checks the list against the running config.
 */
export const localizedFields = {
  'news-releases': [
    'title',
    'dateline',
    'summary',
    'body',
    'meta.title',
    'meta.description',
    'searchText',
    '_status',
  ],
  'focus-areas': [
    'title',
    'summary',
    'body',
    'stance.heading',
    'stance.text',
    'activities.text',
    'relatedMaterials.title',
    'meta.title',
    'meta.description',
    'searchText',
    '_status',
  ],
  committees: ['name', 'description', 'meta.title', 'meta.description', 'searchText', '_status'],
  partners: ['name', 'description', 'meta.title', 'meta.description', 'searchText', '_status'],
  contacts: ['role', 'office'],
  media: ['alt'],
  'embargo-links': [],
  'site-settings': ['organisationName', 'tagline'],
} as const satisfies { [S in Slug]?: readonly DocFieldPath<Docs[S]>[] }

export type ReadSlug = keyof typeof localizedFields
type LocalizedPath<S extends ReadSlug> = (typeof localizedFields)[S][number]

// The paths below `key`: 'meta.title' under 'meta' is 'title'.
type Under<Paths extends string, Key extends string> = Paths extends `${Key}.${infer Rest}`
  ? Rest
  : never

// The slug of a generated document type (both ways assignable, so only the type itself matches).
type SlugOf<T> = {
  [S in ReadSlug]: [T] extends [Docs[S]] ? ([Docs[S]] extends [T] ? S : never) : never
}[ReadSlug]

type Value<V, Paths extends string> = V extends readonly (infer Row)[]
  ? Value<Row, Paths>[]
  : V extends { id: number }
    ? // A related document, populated: read with locale "all" too.
      [SlugOf<V>] extends [never]
      ? V
      : Localize<V, LocalizedPath<SlugOf<V>>>
    : V extends object
      ? Localize<V, Paths>
      : V

/** T with its fields at `Paths` (dotted, into groups and array rows) turned into per-locale records. */
export type Localize<T, Paths extends string> = {
  [K in keyof T]: K extends Paths
    ? PerLocale<T[K]>
    : K extends string
      ? Value<T[K], Under<Paths, K>>
      : T[K]
}

/** The localized text fields at the top of S's documents: those a title or a summary can be read from. */
export type LocalizedTextField<S extends ReadSlug> = {
  [K in LocalizedPath<S> & keyof Docs[S]]: K extends '_status' | 'searchText'
    ? never
    : NonNullable<Docs[S][K]> extends string
      ? K
      : never
}[LocalizedPath<S> & keyof Docs[S]]

/** A generated document type as read with locale "all", its related documents included. */
export type AllLocales<T> = Localize<T, LocalizedPath<SlugOf<T>>>

/** What a read of slug S with locale "all" returns, for T the document or the part `select` kept. */
export type ReadAll<S extends ReadSlug, T = Docs[S]> = Localize<T, LocalizedPath<S>>

export type NewsReleaseDoc = ReadAll<'news-releases'>
export type FocusAreaDoc = ReadAll<'focus-areas'>
export type CommitteeDoc = ReadAll<'committees'>
export type PartnerDoc = ReadAll<'partners'>
export type ContactDoc = ReadAll<'contacts'>
export type MediaDoc = ReadAll<'media'>
export type SiteSettingsDoc = ReadAll<'site-settings'>

/**
 * Payload types a read with locale "all" as if it were in one language; this gives it the shape it
 * really has. Safe because the only difference is what `localizedFields` lists, which the generated
 * types and a test against the config keep true.
 */
export const inAllLocales = <S extends ReadSlug, T extends Partial<Docs[S]>>(
  _slug: S,
  docs: T[],
): ReadAll<S, T>[] => docs as unknown as ReadAll<S, T>[]
