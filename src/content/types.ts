import type { PhoneKind, Scope } from '@/documents/choices'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { Locale } from '@/i18n/locales'
import type { Translated } from './translated'
import type { SearchedCollection } from '@/documents/kinds'

export type RichTextState = SerializedEditorState

export interface Image {
  /** The uploaded file, as a path on this site. */
  url: string
  alt: Translated | undefined
  width: number | null
  height: number | null
  /** The same image in the widths the pages' srcset offers, narrowest first; empty for files no such size was made of. */
  widths: { url: string; width: number }[]
}

export interface Seo {
  title: Translated | undefined
  description: Translated | undefined
  image: Image | undefined
}

export interface SiteSettings {
  organisationName: Translated | undefined
  shortName: string
  tagline: Translated | undefined
  logo: Image | undefined
}

export interface FocusAreaLink {
  slug: string
  title: Translated | undefined
}

export interface PressContact {
  slug: string
  name: string
  nameLatin: string | null
  role: Translated | undefined
  office: Translated | undefined
  email: string | null
  phones: { kind: PhoneKind; number: string }[]
  languages: string[]
  timeZone: string
}

/** A press contact in the press room: the public card plus what the directory filters on. */
export interface PressDirectoryEntry extends PressContact {
  topics: FocusAreaLink[]
  regions: string[]
  /** The office as a URL-safe key (from its English name), the same in every language. */
  officeKey: string | null
}

export interface PressContactDetail extends PressDirectoryEntry {
  releases: NewsReleaseSummary[]
}

export type { Scope }

export interface NewsReleaseSummary {
  slug: string
  title: Translated | undefined
  summary: Translated | undefined
  dateline: Translated | undefined
  publishedAt: string
  timeZone: string
  scope: Scope
}

export interface NewsReleaseDetail extends NewsReleaseSummary {
  seo: Seo
  body: Translated<RichTextState> | undefined
  focusAreas: FocusAreaLink[]
  pressContacts: PressContact[]
  heroImage: Image | undefined
  /** Locales in which the release really exists (its title is translated). */
  availableLocales: Locale[]
  /** The language shown where the reader's is missing, if anywhere. */
  fallbackLang: Locale | null
}

/** What a secret embargo link shows: the release as it will appear, and when it may be reported. */
export interface EmbargoLinkView {
  release: NewsReleaseDetail
  /** ISO instant; null when the release carries no embargo (then it is simply not published yet). */
  embargoUntil: string | null
  embargoTimeZone: string
  isPublic: boolean
  expiresAt: string
}

export interface Page<T> {
  items: T[]
  page: number
  totalPages: number
  totalItems: number
}

export interface FocusAreaSummary {
  slug: string
  title: Translated | undefined
  summary: Translated | undefined
  heroImage: Image | undefined
}

export interface FocusAreaDetail extends FocusAreaSummary {
  seo: Seo
  body: Translated<RichTextState> | undefined
  stance: { heading: Translated | undefined; text: Translated | undefined }[]
  activities: {
    committee: { slug: string; code: string; name: Translated | undefined } | undefined
    text: Translated | undefined
  }[]
  partners: {
    slug: string
    name: Translated | undefined
    acronym: string | null
    country: string
    website: string | null
  }[]
  relatedMaterials: { title: Translated | undefined; href: string }[]
  relatedReleases: NewsReleaseSummary[]
  pressContacts: PressContact[]
  /** How many press contacts the topic has; more than are shown when taken from contacts' topics. */
  pressContactsTotal: number
  availableLocales: Locale[]
  /** The language shown where the reader's is missing, if anywhere. */
  fallbackLang: Locale | null
}

export interface CommitteeSummary {
  slug: string
  code: string
  name: Translated | undefined
  region: string | null
  description: Translated | undefined
}

export interface CommitteeDetail extends CommitteeSummary {
  seo: Seo
  focusAreas: FocusAreaLink[]
  /** What the committee does in each focus area, from the focus areas' activities. */
  work: { focusArea: FocusAreaLink; text: Translated | undefined }[]
  /** Only contacts who speak to the press are public. */
  contacts: PressContact[]
  availableLocales: Locale[]
  /** The language shown where the reader's is missing, if anywhere. */
  fallbackLang: Locale | null
}

export interface PartnerSummary {
  slug: string
  name: Translated | undefined
  acronym: string | null
  country: string
  website: string | null
}

export interface PartnerDetail extends PartnerSummary {
  seo: Seo
  description: Translated | undefined
  focusAreas: FocusAreaLink[]
  logo: Image | undefined
  availableLocales: Locale[]
  /** The language shown where the reader's is missing, if anywhere. */
  fallbackLang: Locale | null
}

export type SearchKind = SearchedCollection

/**
 * The date a reader judges a hit by: a release's publish date; for the other kinds, which have no
 * date of their own, when the document was last changed (in any language).
 */
export interface SearchResultDate {
  meaning: 'published' | 'updated'
  /** ISO instant. */
  at: string
  timeZone: string
}

export interface SearchResult {
  kind: SearchKind
  slug: string
  title: Translated | undefined
  text: Translated | undefined
  date: SearchResultDate
}
