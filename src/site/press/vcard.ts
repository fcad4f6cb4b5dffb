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
import { contentLines } from './vcardLines'
import { likelyScript, nameLanguages, splitName, writtenIn } from './vcardNames'

type PhoneKind = PressContact['phones'][number]['kind']

// All are the organisation's lines (work); what tells them apart is the label.
const telTypes: Record<PhoneKind, string[]> = {
  office: ['work', 'voice'],
  mobile: ['work', 'cell'],
  press: ['work', 'voice'],
  outOfHours: ['work', 'voice'],
}

// vcard4 escapes LF but not CR; a lone CR would end the line for some readers.
const text = (value: string) => new TextType(value.replace(/\r\n?/g, '\n'))
const language = (tag: string | undefined) =>
  tag ? [new LanguageParameter(new LanguageTagType(tag))] : []
const pref = (rank: number) => new PrefParameter(new IntegerType(rank))
const paramValues = (...values: string[]) =>
  values.filter(Boolean).map((value) => new ParameterValueType(value))

export type VCardContact = Pick<
  PressContact,
  'name' | 'nameLatin' | 'email' | 'phones' | 'languages' | 'timeZone'
> & {
  role?: string
  organisation?: string
  url?: string
}

/** Who the card is written for: their language, and each kind of phone named in it. */
export interface VCardReader {
  language: Locale
  phoneLabels: Record<PhoneKind, string>
}

/** N's value: family and given names; no additional names, prefixes or suffixes. */
const structuredName = (name: string) => {
  const { family, given } = splitName(name)
  return new SpecialValueType('NProperty', [
    text(family),
    given ? text(given) : undefined,
    undefined,
    undefined,
    undefined,
  ])
}

/** A name's FN and N lines: the name the reader can read first, both names tagged with their language. */
const nameProperties = (contact: VCardContact, reader: VCardReader) => {
  const latin = contact.nameLatin && contact.nameLatin !== contact.name ? contact.nameLatin : null
  if (!latin) {
    return [new FNProperty([], text(contact.name)), new NProperty([], structuredName(contact.name))]
  }
  const tags = nameLanguages(contact.name, contact.languages)
  const native = { name: contact.name, language: tags.native }
  const romanised = { name: latin, language: tags.latin }
  // Address books show the first FN and build the name from N: both must be one the reader can read.
  const [first, second] = writtenIn(contact.name, likelyScript(reader.language))
    ? [native, romanised]
    : [romanised, native]
  const sortAs = splitName(latin)
  return [
    new FNProperty([...language(first.language), pref(1)], text(first.name)),
    new FNProperty([...language(second.language), pref(2)], text(second.name)),
    new NProperty(
      // SORT-AS: a name in another script still sorts by its romanisation (RFC 6350 §5.9).
      [
        ...language(first.language),
        ...(first === native
          ? [new SortAsParameter(paramValues(sortAs.family, sortAs.given))]
          : []),
      ],
      structuredName(first.name),
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
            [
              new ValueParameter(new URIType('tel:+1')),
              new TypeParameter('TelProperty', paramValues(...telTypes[phone.kind])),
              pref(i + 1),
            ],
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
    ...(contact.organisation
      ? [new OrgProperty([], new SpecialValueType('OrgProperty', [text(contact.organisation)]))]
      : []),
    ...(contact.role ? [new TitleProperty([], text(contact.role))] : []),
    ...phoneProperties(contact, reader),
    ...(contact.email
      ? [
          new EmailProperty(
            [new TypeParameter('EmailProperty', new ParameterValueType('work'))],
            text(contact.email),
          ),
        ]
      : []),
    ...contact.languages.map((tag, i) => new LangProperty([pref(i + 1)], new LanguageTagType(tag))),
    ...(contact.timeZone ? [new TzProperty([], text(contact.timeZone))] : []),
    ...(contact.url ? [new URLProperty([], new URIType(contact.url))] : []),
  ]
  return contentLines(new VCARD(props as never).repr())
}

/** Several contacts in one file, one vCard after another (RFC 6350 §3.1). */
export const vCardFile = (contacts: VCardContact[], reader: VCardReader): string =>
  contacts.map((contact) => contactVCard(contact, reader)).join('')
