// The shape of the demo content. Documents refer to each other by slug (committees by code),
// and the seed runner turns those references into ids.
import type { Locale } from '@/i18n/locales'
import type { Region } from '@/documents/choices'
import type { PhoneKind } from '@/documents/choices'

export type Localized<T = string> = Record<Locale, T>

/** A tiny rich-text vocabulary that the seed turns into Lexical JSON. */
export type RichBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'quote'; text: string }
export type RichText = RichBlock[]

export type CommitteeCode = 'AC' | 'LAB' | 'JC'

export interface MediaSeed {
  key: string
  /** Two colours for the generated abstract image (no photos of real people). */
  colors: [string, string]
  alt: Localized
  credit: string
}

export interface FocusAreaSeed {
  slug: string
  displayOrder: number
  title: Localized
  summary: Localized
  body: Localized<RichText>
  stance: { heading: Localized; text: Localized }[]
  activities: { committee: CommitteeCode; text: Localized }[]
  partners: string[]
  relatedMaterials: { title: Localized; link: string }[]
  heroImage?: string
}

export interface CommitteeSeed {
  code: CommitteeCode
  slug: string
  region: Region
  name: Localized
  description: Localized
  focusAreas: string[]
  contacts: string[]
}

export interface PartnerSeed {
  slug: string
  acronym?: string
  /** ISO 3166-1 alpha-2 */
  country: string
  website: string
  name: Localized
  description: Localized
  focusAreas: string[]
}

export interface ContactSeed {
  slug: string
  /** As the person writes it, e.g. 佐藤 由紀 */
  name: string
  /** Latin-script form when name is not in Latin script */
  nameLatin?: string
  role: Localized
  office: Localized
  email: string
  phones: { kind: PhoneKind; number: string }[]
  /** BCP 47 tags */
  languages: string[]
  topics: string[]
  regions: Region[]
  /** IANA time zone */
  timeZone: string
  isPressContact: boolean
  personalMobile?: string
  internalNotes?: string
}

export interface NewsReleaseSeed {
  slug: string
  /** ISO 8601 instant, e.g. 2026-03-08T10:00:00+09:00 */
  publishedAt: string
  /** IANA zone the date is shown in */
  timeZone: string
  dateline: Localized
  scope: 'global' | 'regional' | 'country'
  title: Localized
  summary: Localized
  body: Localized<RichText>
  /** Embargoed until this many days after seeding, at this local time in `timeZone`. */
  embargo?: { daysAfterSeeding: number; localTime: string }
  /**
   * An editor's later rewording of the English summary (same facts), saved after the translations,
   * so the demo shows Japanese and Spanish translations that are out of date.
   */
  revisedEnglishSummary?: string
  pressContacts: string[]
  focusAreas: string[]
  committee?: CommitteeCode
  heroImage?: string
}
