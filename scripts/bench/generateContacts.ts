// Fictional press contacts for the bench: a deterministic pseudo-random mix of Japanese, Spanish and
// other names, offices, roles, languages, topics, regions and time zones. Same seed, same contacts.
// Phone numbers come only from ranges reserved for fiction (North American 555-0100 to 555-0199,
// UK 020 7946 0xxx, Australian 02 5550 xxxx) and e-mail addresses are at example.org.
import type { Region } from '@/fields/regions'
import type { PhoneKind } from '@/fields/phones'
import { slugify } from '@/lib/slugify'
import type { Locale } from '@/i18n/locales'

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
const prng = (seed: number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// [written, Latin]
const japaneseFamily = [
  ['佐藤', 'Sato'], ['鈴木', 'Suzuki'], ['高橋', 'Takahashi'], ['田中', 'Tanaka'], ['伊藤', 'Ito'],
  ['渡辺', 'Watanabe'], ['山本', 'Yamamoto'], ['中村', 'Nakamura'], ['小林', 'Kobayashi'], ['加藤', 'Kato'],
  ['吉田', 'Yoshida'], ['山田', 'Yamada'], ['松本', 'Matsumoto'], ['井上', 'Inoue'], ['木村', 'Kimura'],
  ['林', 'Hayashi'], ['清水', 'Shimizu'], ['金', 'Kim'], ['森', 'Mori'], ['比嘉', 'Higa'],
] as const
const japaneseGiven = [
  ['由紀', 'Yuki'], ['健太', 'Kenta'], ['美咲', 'Misaki'], ['翔', 'Sho'], ['陽菜', 'Hina'],
  ['大輔', 'Daisuke'], ['恵', 'Megumi'], ['拓也', 'Takuya'], ['直子', 'Naoko'], ['蓮', 'Ren'],
  ['さくら', 'Sakura'], ['誠', 'Makoto'], ['愛', 'Ai'], ['亮', 'Ryo'], ['千尋', 'Chihiro'],
] as const
const spanishGiven = [
  'María José', 'Alejandro', 'Lucía', 'Javier', 'Sofía', 'Martín', 'Valentina', 'Andrés',
  'Camila', 'José Luis', 'Ximena', 'Íñigo', 'Begoña', 'Raúl', 'Inés', 'Maximiliano',
]
const spanishFamily = [
  'García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez',
  'Gómez', 'Díaz', 'Muñoz', 'Álvarez', 'Romero', 'Ibáñez', 'Peña', 'Quispe', 'Mamani',
]
const otherGiven = [
  'Sarah', 'David', 'Amara', 'Priya', 'Rajesh', 'Chloé', 'Kwame', 'Fatima', 'Anjali', 'Oliver',
  'Grace', 'Nima', 'Sipho', 'Leila', 'Bikash', 'Søren', 'Aigerim', 'Thandiwe',
]
const otherFamily = [
  'Okafor', 'Sharma', 'Thapa', 'Gurung', 'Smith', 'Nguyen', 'Mensah', 'Haddad', 'Kowalski',
  'Dubois', 'Müller', 'Chen', 'Singh', 'Adeyemi', "O'Brien", 'Rai', 'Pradhan', 'Mwangi',
]

type NameStyle = 'japanese' | 'spanish' | 'other'

interface Office {
  label: Localized
  regions: Region[]
  timeZone: string
  languages: string[]
  names: NameStyle
  phones: 'nanp' | 'uk' | 'au'
}

const offices: Office[] = [
  { label: { en: 'Tokyo secretariat', ja: '東京事務局', es: 'Secretaría de Tokio' }, regions: ['japan', 'asia', 'global'], timeZone: 'Asia/Tokyo', languages: ['ja', 'en', 'ko'], names: 'japanese', phones: 'au' },
  { label: { en: 'Osaka office (Japan Committee)', ja: '大阪事務所（日本委員会）', es: 'Oficina de Osaka (Comité de Japón)' }, regions: ['japan'], timeZone: 'Asia/Tokyo', languages: ['ja', 'en'], names: 'japanese', phones: 'au' },
  { label: { en: 'Naha liaison office', ja: '那覇連絡事務所', es: 'Oficina de enlace de Naha' }, regions: ['japan', 'asia'], timeZone: 'Asia/Tokyo', languages: ['ja', 'en'], names: 'japanese', phones: 'au' },
  { label: { en: 'Geneva UN liaison office', ja: 'ジュネーブ国連連絡事務所', es: 'Oficina de enlace ante la ONU en Ginebra' }, regions: ['global', 'europe'], timeZone: 'Europe/Zurich', languages: ['en', 'fr', 'es'], names: 'other', phones: 'uk' },
  { label: { en: 'London office', ja: 'ロンドン事務所', es: 'Oficina de Londres' }, regions: ['europe', 'global'], timeZone: 'Europe/London', languages: ['en', 'fr'], names: 'other', phones: 'uk' },
  { label: { en: 'New York UN liaison office', ja: 'ニューヨーク国連連絡事務所', es: 'Oficina de enlace ante la ONU en Nueva York' }, regions: ['global', 'north-america'], timeZone: 'America/New_York', languages: ['en', 'es'], names: 'other', phones: 'nanp' },
  { label: { en: 'Kathmandu office (Asia Committee)', ja: 'カトマンズ事務所（アジア委員会）', es: 'Oficina de Katmandú (Comité de Asia)' }, regions: ['south-asia', 'asia'], timeZone: 'Asia/Kathmandu', languages: ['ne', 'en', 'hi'], names: 'other', phones: 'uk' },
  { label: { en: 'Colombo office', ja: 'コロンボ事務所', es: 'Oficina de Colombo' }, regions: ['south-asia'], timeZone: 'Asia/Colombo', languages: ['si', 'ta', 'en'], names: 'other', phones: 'uk' },
  { label: { en: 'Manila office', ja: 'マニラ事務所', es: 'Oficina de Manila' }, regions: ['asia'], timeZone: 'Asia/Manila', languages: ['fil', 'en'], names: 'other', phones: 'au' },
  { label: { en: 'Buenos Aires office (Latin American Base)', ja: 'ブエノスアイレス事務所（ラテンアメリカ・ベース）', es: 'Oficina de Buenos Aires (Base Latinoamericana)' }, regions: ['latin-america'], timeZone: 'America/Argentina/Buenos_Aires', languages: ['es', 'pt-BR', 'en'], names: 'spanish', phones: 'nanp' },
  { label: { en: 'Mexico City office', ja: 'メキシコシティ事務所', es: 'Oficina de Ciudad de México' }, regions: ['latin-america', 'north-america'], timeZone: 'America/Mexico_City', languages: ['es', 'en'], names: 'spanish', phones: 'nanp' },
  { label: { en: 'Lima office', ja: 'リマ事務所', es: 'Oficina de Lima' }, regions: ['latin-america'], timeZone: 'America/Lima', languages: ['es', 'qu'], names: 'spanish', phones: 'nanp' },
  { label: { en: 'Nairobi office', ja: 'ナイロビ事務所', es: 'Oficina de Nairobi' }, regions: ['africa'], timeZone: 'Africa/Nairobi', languages: ['en', 'sw'], names: 'other', phones: 'uk' },
  { label: { en: 'Dakar office', ja: 'ダカール事務所', es: 'Oficina de Dakar' }, regions: ['africa'], timeZone: 'Africa/Dakar', languages: ['fr', 'wo', 'en'], names: 'other', phones: 'uk' },
]

const roles: Localized[] = [
  { en: 'Press officer', ja: 'プレス担当', es: 'Responsable de prensa' },
  { en: 'Communications director', ja: '広報部長', es: 'Directora de comunicación' },
  { en: 'Spokesperson', ja: '広報官', es: 'Portavoz' },
  { en: 'Media relations officer', ja: 'メディア対応担当', es: 'Responsable de relaciones con los medios' },
  { en: 'Programme officer', ja: 'プログラム担当', es: 'Oficial de programas' },
  { en: 'Researcher', ja: '調査研究員', es: 'Investigadora' },
  { en: 'Legal adviser', ja: '法務アドバイザー', es: 'Asesor jurídico' },
  { en: 'Campaign coordinator', ja: 'キャンペーン・コーディネーター', es: 'Coordinadora de campañas' },
  { en: 'Regional coordinator', ja: '地域コーディネーター', es: 'Coordinador regional' },
  { en: 'Advocacy officer', ja: 'アドボカシー担当', es: 'Responsable de incidencia' },
]

const extraTimeZones = ['UTC', 'Europe/Berlin', 'Asia/Seoul', 'America/Bogota', 'Asia/Kolkata', 'Australia/Sydney']
const allRegions: Region[] = ['global', 'asia', 'south-asia', 'japan', 'latin-america', 'africa', 'europe', 'north-america']
const nanpAreaCodes = ['202', '212', '415', '613', '312']

/**
 * `count` contacts over `topicCount` focus areas. Slugs end in the contact's number, so they never
 * clash with each other or with the demo content.
 */
export const generateContacts = (count: number, topicCount: number, seed = 20260401): GeneratedContact[] => {
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
    plan === 'nanp' ? `+1 ${pick(nanpAreaCodes)} 555 01${digits(2)}` : plan === 'uk' ? `+44 20 7946 0${digits(3)}` : `+61 2 5550 ${digits(4)}`

  return Array.from({ length: count }, (_, i) => {
    const office = pick(offices)
    // Mostly the names of the office's country, but every office has people from elsewhere.
    const style: NameStyle = chance(0.7) ? office.names : pick(['japanese', 'spanish', 'other'] as const)
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

    const phones: GeneratedContact['phones'] = [{ kind: pick(['press', 'office'] as const), number: phone(office.phones) }]
    if (chance(0.5)) phones.push({ kind: 'mobile', number: phone(office.phones) })
    if (chance(0.2)) phones.push({ kind: 'outOfHours', number: phone(pick(['nanp', 'uk', 'au'] as const)) })

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
export const pressQueries: { name: string; locale: Locale; path: string; filters: Record<string, string> }[] = [
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
    filters: { region: 'latin-america', office: slugify(offices.find((office) => office.label.en.startsWith('Buenos Aires'))!.label.en), q: 'press' },
  },
  {
    name: 'ja topic+language+text',
    locale: 'ja',
    path: '/ja/press',
    filters: { topic: 'human-trafficking-and-exploitative-migration', language: 'ja', q: '広報' },
  },
]

export const pressQueryPath = ({ path, filters }: (typeof pressQueries)[number]) => `${path}?${new URLSearchParams(filters)}`
