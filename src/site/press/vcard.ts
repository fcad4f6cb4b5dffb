// vCards (RFC 6350, version 4.0, UTF-8) for press contacts, built with the vcard4 library, which
// checks properties and parameters and escapes text. Only a contact's public fields ever go in.
// Each card is written for one reader: the name they can read comes first, phone labels are in
// their language.
import {
  EmailProperty,
  ExtendedProperty,
  FNProperty,
  Group,
  IntegerType,
  KindProperty,
  LangProperty,
  LanguageParameter,
  LanguageTagType,
  NProperty,
  OrgProperty,
  ParameterValueType,
  PrefParameter,
  SortAsParameter,
  SpecialValueType,
  TelProperty,
  TextType,
  TitleProperty,
  TypeParameter,
  TzProperty,
  URIType,
  URLProperty,
  ValueParameter,
  VCARD,
} from 'vcard4'
import type { Locale } from '@/i18n/locales'
import type { PressContact } from '@/content'

type PhoneKind = PressContact['phones'][number]['kind']

// All are the organisation's lines (work); what tells them apart is the label.
const telTypes: Record<PhoneKind, string[]> = {
  office: ['work', 'voice'],
  mobile: ['work', 'cell'],
  press: ['work', 'voice'],
  outOfHours: ['work', 'voice'],
}

// Han, kana and hangul names are written family name first.
const familyNameFirst = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/

/** Family and given names from a name written as the person writes it. */
export const splitName = (name: string): { family: string; given: string } => {
  const parts = name.trim().split(/\s+/)
  if (parts.length === 1) return { family: parts[0], given: '' }
  return familyNameFirst.test(name)
    ? { family: parts[0], given: parts.slice(1).join(' ') }
    : { family: parts[parts.length - 1], given: parts.slice(0, -1).join(' ') }
}

// ISO 15924 codes that Intl gives for languages written in a mix of Unicode scripts.
const scriptMixes: Record<string, string[]> = { Jpan: ['Han', 'Hira', 'Kana'], Kore: ['Hang', 'Han'], Hans: ['Han'], Hant: ['Han'] }

const likelyScript = (tag: string): string | undefined => {
  try {
    return new Intl.Locale(tag).maximize().script
  } catch {
    return undefined
  }
}

/** Whether a name uses the script a language is usually written in. */
const writtenIn = (name: string, script: string | undefined): boolean => {
  if (!script) return false
  return (scriptMixes[script] ?? [script]).some((unicodeScript) => {
    try {
      return new RegExp(`\\p{Script=${unicodeScript}}`, 'u').test(name)
    } catch {
      return false // not a Unicode script name
    }
  })
}

/**
 * The languages of a name outside the Latin script and of its romanisation: the first of the
 * person's languages that is written in the name's script (ja for 森 遥, so ja-Latn for Haruka Mori).
 */
const nameLanguages = (name: string, languages: string[]): { native?: string; latin?: string } => {
  const native = languages.find((tag) => {
    const script = likelyScript(tag)
    return script !== 'Latn' && writtenIn(name, script)
  })
  return native ? { native, latin: new Intl.Locale(native, { script: 'Latn' }).toString() } : {}
}

// vcard4 escapes LF but not CR; a lone CR would end the line for some readers.
const text = (value: string) => new TextType(value.replace(/\r\n?/g, '\n'))
const language = (tag: string | undefined) => (tag ? [new LanguageParameter(new LanguageTagType(tag))] : [])
const pref = (rank: number) => new PrefParameter(new IntegerType(rank))
const paramValues = (...values: string[]) => values.filter(Boolean).map((value) => new ParameterValueType(value))

export type VCardContact = Pick<PressContact, 'name' | 'nameLatin' | 'email' | 'phones' | 'languages' | 'timeZone'> & {
  role?: string
  organisation?: string
  url?: string
}

/** Who the card is written for: their language, and each kind of phone named in it. */
export interface VCardReader {
  language: Locale
  phoneLabels: Record<PhoneKind, string>
}

/** A name's FN and N lines: the name the reader can read first, both names tagged with their language. */
const nameProperties = (contact: VCardContact, reader: VCardReader) => {
  const latin = contact.nameLatin && contact.nameLatin !== contact.name ? contact.nameLatin : null
  if (!latin) {
    const { family, given } = splitName(contact.name)
    return [
      new FNProperty([], text(contact.name)),
      new NProperty([], new SpecialValueType('NProperty', [text(family), given ? text(given) : undefined, undefined, undefined, undefined])),
    ]
  }
  const tags = nameLanguages(contact.name, contact.languages)
  const native = { name: contact.name, language: tags.native }
  const romanised = { name: latin, language: tags.latin }
  // Address books show the first FN and build the name from N: both must be one the reader can read.
  const [first, second] = writtenIn(contact.name, likelyScript(reader.language)) ? [native, romanised] : [romanised, native]
  const { family, given } = splitName(first.name)
  const sortAs = splitName(latin)
  return [
    new FNProperty([...language(first.language), pref(1)], text(first.name)),
    new FNProperty([...language(second.language), pref(2)], text(second.name)),
    new NProperty(
      // SORT-AS: a name in another script still sorts by its romanisation (RFC 6350 §5.9).
      [...language(first.language), ...(first === native ? [new SortAsParameter(paramValues(sortAs.family, sortAs.given))] : [])],
      new SpecialValueType('NProperty', [text(family), given ? text(given) : undefined, undefined, undefined, undefined]),
    ),
  ]
}

/**
 * Each phone in a property group with its label (item1.TEL + item1.X-ABLabel, the form Apple's
 * Contacts writes and reads and Google Contacts imports), since TYPE alone cannot tell a press line
 * from an office line.
 */
const phoneProperties = (contact: VCardContact, reader: VCardReader) =>
  contact.phones.map(
    (phone, i) =>
      new Group(
        [
          new TelProperty(
            [new ValueParameter(new URIType('tel:+1')), new TypeParameter('TelProperty', paramValues(...telTypes[phone.kind])), pref(i + 1)],
            new URIType(`tel:${phone.number}`),
          ),
          new ExtendedProperty('X-ABLabel', [], text(reader.phoneLabels[phone.kind])),
        ],
        `item${i + 1}`,
      ),
  )

/** One contact's vCard, for one reader. */
export const contactVCard = (contact: VCardContact, reader: VCardReader): string => {
  const props = [
    ...nameProperties(contact, reader),
    new KindProperty([], new SpecialValueType('KindProperty', 'individual')),
    ...(contact.organisation ? [new OrgProperty([], new SpecialValueType('OrgProperty', [text(contact.organisation)]))] : []),
    ...(contact.role ? [new TitleProperty([], text(contact.role))] : []),
    ...phoneProperties(contact, reader),
    ...(contact.email ? [new EmailProperty([new TypeParameter('EmailProperty', new ParameterValueType('work'))], text(contact.email))] : []),
    ...contact.languages.map((tag, i) => new LangProperty([pref(i + 1)], new LanguageTagType(tag))),
    ...(contact.timeZone ? [new TzProperty([], text(contact.timeZone))] : []),
    ...(contact.url ? [new URLProperty([], new URIType(contact.url))] : []),
  ]
  return contentLines(new VCARD(props as never).repr())
}

/** Several contacts in one file, one vCard after another (RFC 6350 §3.1). */
export const vCardFile = (contacts: VCardContact[], reader: VCardReader): string => contacts.map((contact) => contactVCard(contact, reader)).join('')

// vcard4 4.0.5 folds every 75 UTF-16 units: Japanese lines run to 225 octets and more, a character
// outside the BMP (𠮷) can be cut in two, and a group's prefix is not counted; and it escapes ':'
// in text as '\:', which RFC 6350 does not define (readers keep the backslash). So each line is
// unfolded, '\:' written as ':', and folded again by octets, never inside a character (§3.2).
const FOLD_OCTETS = 75

const utf8Length = (char: string): number => {
  const code = char.codePointAt(0) ?? 0
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
}

export const foldLine = (line: string): string => {
  const lines: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    // A continuation line starts with the space that marks it.
    const room = lines.length === 0 ? FOLD_OCTETS : FOLD_OCTETS - 1
    if (octets + utf8Length(char) > room) {
      lines.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += utf8Length(char)
  }
  return [...lines, current].join('\r\n ')
}

/** The value of a content line starts after its first colon outside a quoted parameter value. */
const valueStart = (line: string): number => {
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted
    else if (line[i] === ':' && !quoted) return i + 1
  }
  return line.length
}

const contentLines = (card: string): string =>
  card
    .replace(/\r\n /g, '')
    .split('\r\n')
    .map((line) => {
      const start = valueStart(line)
      // Escapes pair up from the left: in '\\:' the backslash is escaped, the colon plain.
      const value = line.slice(start).replace(/\\(.)/g, (escape, char: string) => (char === ':' ? ':' : escape))
      return foldLine(line.slice(0, start) + value)
    })
    .join('\r\n')
