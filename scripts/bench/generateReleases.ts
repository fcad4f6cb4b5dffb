// Fictional news releases for the scale bench, drawn from scripts/bench/data/releasePool.ts: the
// same choices read as one release in English, Japanese and Spanish. Release number n is always the
// same release, so a database topped up from 100 to 1,000 holds what one filled at once would.
import type { Scope } from '@/documents/choices'
import { type Locale, locales } from '@/i18n/locales'
import { slugify } from '@/lib/slugify'
import { wallClockInDays } from '@/lib/zonedTime'
import type { RichText } from '@/seed/types'
import {
  actionParagraphs,
  contextParagraphs,
  heroImages,
  issues,
  type Localized,
  places,
  quoteParagraphs,
  recommendations,
  recommendationsHeading,
  speakers,
  summaries,
  type Template,
  titles,
} from './data/releasePool'
import { prng } from './generateContacts'

export interface GeneratedRelease {
  slug: string
  /** The languages it is written in; English always, as the site's default. */
  locales: Locale[]
  /** Left as a draft in every language: the public never sees it. */
  draft: boolean
  title: Localized
  summary: Localized
  dateline: Localized
  body: Record<Locale, RichText>
  publishedAt: string
  timeZone: string
  scope: Scope
  committee?: 'AC' | 'LAB' | 'JC'
  /** Indexes into the focus areas in display order. */
  focusAreas: number[]
  /** How many of the available press contacts to name, from `firstContact` on. */
  firstContact: number
  contactCount: number
  /** Index into heroImages, or none. */
  heroImage?: number
}

/** The news-list filter the scale bench measures: a focus area and a scope, as a reader combines them. */
export const scaleFilter = { focusArea: 'migrant-workers-rights', scope: 'regional' } as const

/** What scripts/bench/addReleases.ts reports to the bench. */
export interface AddedReleases {
  releases: number
  added: number
  seconds: number
  lastPage: number
  lastFilteredPage: number
}

// Spread over the years before the bench runs, the newest a day old.
const SPAN_DAYS = 16 * 365

/** Which languages a release exists in: most in all three, some not yet translated. */
const languagesFor = (roll: number): Locale[] =>
  roll < 0.75 ? [...locales] : roll < 0.87 ? ['en', 'ja'] : roll < 0.95 ? ['en', 'es'] : ['en']

export const generateRelease = (
  number: number,
  contactsAvailable: number,
  seed = 20261202,
  now = new Date(),
): GeneratedRelease => {
  const random = prng(seed + number * 7919)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
  const issue = pick(issues)
  const place = pick(places)
  const speaker = pick(speakers)
  const count = 3 + Math.floor(random() * 8)
  const published = wallClockInDays(
    -1 - Math.floor(random() * SPAN_DAYS),
    `${String(8 + Math.floor(random() * 10)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`,
    place.timeZone,
    now,
  )
  const year = published.getUTCFullYear() - 1 - Math.floor(random() * 3)
  const fill = (template: Template): Localized =>
    Object.fromEntries(
      locales.map((locale) => [
        locale,
        template[locale]
          .replace('{issue}', issue.text[locale])
          .replace('{place}', place.name[locale])
          .replace('{speaker}', speaker[locale])
          .replace('{count}', String(count))
          .replace('{year}', String(year)),
      ]),
    ) as Localized
  const title = fill(pick(titles))
  const paragraphs = [pick(contextParagraphs), pick(quoteParagraphs), pick(actionParagraphs)].map(
    fill,
  )
  const listed = random() < 0.4
  const chosen = recommendations.filter(() => random() < 0.6)
  const body = Object.fromEntries(
    locales.map((locale) => {
      const text: RichText = paragraphs
        .slice(0, 2)
        .map((paragraph) => ({ type: 'paragraph', text: paragraph[locale] }))
      if (listed && chosen.length)
        text.push(
          { type: 'heading', text: recommendationsHeading[locale] },
          { type: 'list', items: chosen.map((item) => item[locale]) },
        )
      text.push({ type: 'paragraph', text: paragraphs[2][locale] })
      return [locale, text]
    }),
  ) as Record<Locale, RichText>
  const otherArea = Math.floor(random() * 3)
  const regional = place.scope !== 'global' && random() < 0.7
  return {
    slug: `${slugify(title.en).slice(0, 60).replace(/-+$/, '')}-${number}`,
    locales: languagesFor(random()),
    draft: random() < 0.02,
    title,
    summary: fill(pick(summaries)),
    dateline: place.name,
    body,
    publishedAt: published.toISOString(),
    timeZone: place.timeZone,
    scope: place.scope,
    committee: regional ? place.committee : undefined,
    focusAreas:
      random() < 0.25 && otherArea !== issue.area ? [issue.area, otherArea] : [issue.area],
    firstContact: Math.floor(random() * Math.max(contactsAvailable, 1)),
    contactCount: contactsAvailable ? 1 + Math.floor(random() * Math.min(2, contactsAvailable)) : 0,
    heroImage: random() < 0.8 ? Math.floor(random() * heroImages.length) : undefined,
  }
}
