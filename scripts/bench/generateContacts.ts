// Fictional press contacts for the bench: a deterministic pseudo-random mix of Japanese, Spanish and
// other names, offices, roles, languages, topics, regions and time zones. Same seed, same contacts.
// Phone numbers come only from ranges reserved for fiction (North American 555-0100 to 555-0199,
// UK 020 7946 0xxx, Australian 02 5550 xxxx) and e-mail addresses are at example.org.
import type { Region } from '@/documents/choices'
import type { PhoneKind } from '@/documents/choices'
import { slugify } from '@/lib/slugify'
import type { Locale } from '@/i18n/locales'
import {
  allRegions,
  extraTimeZones,
  japaneseFamily,
  japaneseGiven,
  nanpAreaCodes,
  type NameStyle,
  type Office,
  offices,
  otherFamily,
  otherGiven,
  roles,
  spanishFamily,
  spanishGiven,
} from './data/contactPool'

type Localized = Record<Locale, string>

export interface GeneratedContact {
  slug: string
  name: string
  nameLatin: string | null
  role: Localized
  office: Localized
  email: string
  phones: { kind: PhoneKind; number: string }[]
  languages: string[]
  /** Indexes into the focus areas the caller passes in. */
  topics: number[]
  regions: Region[]
  timeZone: string
}

/** mulberry32: small, fast and the same on every machine. */
export const prng = (seed: number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * `count` contacts over `topicCount` focus areas. Slugs end in the contact's number, so they never
 * clash with each other or with the demo content.
 */
export const generateContacts = (
  count: number,
  topicCount: number,
  seed = 20260401,
): GeneratedContact[] => {
  const random = prng(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
  const chance = (p: number) => random() < p
  const digits = (n: number) => String(Math.floor(random() * 10 ** n)).padStart(n, '0')
  /** 1 to max distinct items, in list order. */
  const some = <T>(list: readonly T[], max: number): T[] => {
    if (list.length === 0) return []
    const wanted = 1 + Math.floor(random() * Math.min(max, list.length))
    const chosen = new Set<number>()
    while (chosen.size < wanted) chosen.add(Math.floor(random() * list.length))
    return [...chosen].sort((a, b) => a - b).map((i) => list[i])
  }
  const phone = (plan: Office['phones']): string =>
    plan === 'nanp'
      ? `+1 ${pick(nanpAreaCodes)} 555 01${digits(2)}`
      : plan === 'uk'
        ? `+44 20 7946 0${digits(3)}`
        : `+61 2 5550 ${digits(4)}`

  return Array.from({ length: count }, (_, i) => {
    const office = pick(offices)
    // Mostly the names of the office's country, but every office has people from elsewhere.
    const style: NameStyle = chance(0.7)
      ? office.names
      : pick(['japanese', 'spanish', 'other'] as const)
    let name: string
    let nameLatin: string | null = null
    if (style === 'japanese') {
      const [family, familyLatin] = pick(japaneseFamily)
      const [given, givenLatin] = pick(japaneseGiven)
      name = `${family} ${given}`
      nameLatin = `${givenLatin} ${familyLatin}`
    } else if (style === 'spanish') {
      name = `${pick(spanishGiven)} ${pick(spanishFamily)} ${pick(spanishFamily)}`
    } else {
      name = `${pick(otherGiven)} ${pick(otherFamily)}`
    }
    const latin = slugify(nameLatin ?? name)
    const number = i + 1

    const languages = new Set(some(office.languages, 3))
    if (style === 'japanese') languages.add('ja')
    if (style === 'spanish') languages.add('es')
    if (chance(0.5)) languages.add('en')

    const regions = new Set<Region>(office.regions)
    if (chance(0.15)) regions.add(pick(allRegions))

    const phones: GeneratedContact['phones'] = [
      { kind: pick(['press', 'office'] as const), number: phone(office.phones) },
    ]
    if (chance(0.5)) phones.push({ kind: 'mobile', number: phone(office.phones) })
    if (chance(0.2))
      phones.push({ kind: 'outOfHours', number: phone(pick(['nanp', 'uk', 'au'] as const)) })

    return {
      slug: `${latin}-${number}`,
      name,
      nameLatin,
      role: pick(roles),
      office: office.label,
      email: `${latin.replace(/-/g, '.')}.${number}@example.org`,
      phones,
      languages: [...languages],
      topics: some(
        Array.from({ length: topicCount }, (_, t) => t),
        3,
      ),
      regions: allRegions.filter((region) => regions.has(region)),
      timeZone: chance(0.1) ? pick(extraTimeZones) : office.timeZone,
    }
  })
}

/**
 * Combined filters the bench runs on the press directory, each matching some of the generated
 * contacts (topics are the demo content's focus areas; offices and roles are the ones above).
 */
export const pressQueries: {
  name: string
  locale: Locale
  path: string
  filters: Record<string, string>
}[] = [
  {
    name: 'topic+language+text',
    locale: 'en',
    path: '/en/press',
    filters: { topic: 'migrant-workers-rights', language: 'es', q: 'garcia' },
  },
  {
    name: 'region+office+text',
    locale: 'en',
    path: '/en/press',
    filters: {
      region: 'latin-america',
      office: slugify(
        offices.find((office) => office.label.en.startsWith('Buenos Aires'))!.label.en,
      ),
      q: 'press',
    },
  },
  {
    name: 'ja topic+language+text',
    locale: 'ja',
    path: '/ja/press',
    filters: { topic: 'human-trafficking-and-exploitative-migration', language: 'ja', q: '広報' },
  },
]

export const pressQueryPath = ({ path, filters }: (typeof pressQueries)[number]) =>
  `${path}?${new URLSearchParams(filters)}`
