// The pool the bench's fictional press contacts are drawn from: names, offices, roles and zones.
// Data, like src/seed/data (and, like it, not held to the 200-line limit).
import type { Region } from '@/documents/choices'
import type { Locale } from '@/i18n/locales'

type Localized = Record<Locale, string>

// [written, Latin]
export const japaneseFamily = [
  ['佐藤', 'Sato'], ['鈴木', 'Suzuki'], ['高橋', 'Takahashi'], ['田中', 'Tanaka'], ['伊藤', 'Ito'],
  ['渡辺', 'Watanabe'], ['山本', 'Yamamoto'], ['中村', 'Nakamura'], ['小林', 'Kobayashi'], ['加藤', 'Kato'],
  ['吉田', 'Yoshida'], ['山田', 'Yamada'], ['松本', 'Matsumoto'], ['井上', 'Inoue'], ['木村', 'Kimura'],
  ['林', 'Hayashi'], ['清水', 'Shimizu'], ['金', 'Kim'], ['森', 'Mori'], ['比嘉', 'Higa'],
] as const
export const japaneseGiven = [
  ['由紀', 'Yuki'], ['健太', 'Kenta'], ['美咲', 'Misaki'], ['翔', 'Sho'], ['陽菜', 'Hina'],
  ['大輔', 'Daisuke'], ['恵', 'Megumi'], ['拓也', 'Takuya'], ['直子', 'Naoko'], ['蓮', 'Ren'],
  ['さくら', 'Sakura'], ['誠', 'Makoto'], ['愛', 'Ai'], ['亮', 'Ryo'], ['千尋', 'Chihiro'],
] as const
export const spanishGiven = [
  'María José', 'Alejandro', 'Lucía', 'Javier', 'Sofía', 'Martín', 'Valentina', 'Andrés',
  'Camila', 'José Luis', 'Ximena', 'Íñigo', 'Begoña', 'Raúl', 'Inés', 'Maximiliano',
]
export const spanishFamily = [
  'García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez',
  'Gómez', 'Díaz', 'Muñoz', 'Álvarez', 'Romero', 'Ibáñez', 'Peña', 'Quispe', 'Mamani',
]
export const otherGiven = [
  'Sarah', 'David', 'Amara', 'Priya', 'Rajesh', 'Chloé', 'Kwame', 'Fatima', 'Anjali', 'Oliver',
  'Grace', 'Nima', 'Sipho', 'Leila', 'Bikash', 'Søren', 'Aigerim', 'Thandiwe',
]
export const otherFamily = [
  'Okafor', 'Sharma', 'Thapa', 'Gurung', 'Smith', 'Nguyen', 'Mensah', 'Haddad', 'Kowalski',
  'Dubois', 'Müller', 'Chen', 'Singh', 'Adeyemi', "O'Brien", 'Rai', 'Pradhan', 'Mwangi',
]

export type NameStyle = 'japanese' | 'spanish' | 'other'

export interface Office {
  label: Localized
  regions: Region[]
  timeZone: string
  languages: string[]
  names: NameStyle
  phones: 'nanp' | 'uk' | 'au'
}

export const offices: Office[] = [
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

export const roles: Localized[] = [
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

export const extraTimeZones = ['UTC', 'Europe/Berlin', 'Asia/Seoul', 'America/Bogota', 'Asia/Kolkata', 'Australia/Sydney']
export const allRegions: Region[] = ['global', 'asia', 'south-asia', 'japan', 'latin-america', 'africa', 'europe', 'north-america']
export const nanpAreaCodes = ['202', '212', '415', '613', '312']
