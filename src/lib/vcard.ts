// vCards (RFC 6350, version 4.0, UTF-8) for press contacts, built with the vcard4 library, which
// does the escaping and line folding. Only a contact's public fields ever go in.
import {
  EmailProperty,
  FNProperty,
  IntegerType,
  KindProperty,
  LangProperty,
  LanguageTagType,
  NProperty,
  OrgProperty,
  ParameterValueType,
  PrefParameter,
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
import type { PressContact } from '@/lib/content'

const telTypes: Record<PressContact['phones'][number]['kind'], string[]> = {
  office: ['work', 'voice'],
  mobile: ['work', 'cell'],
  press: ['work', 'voice'],
  outOfHours: ['voice'],
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

const text = (value: string) => new TextType(value)

export type VCardContact = Pick<PressContact, 'name' | 'nameLatin' | 'email' | 'phones' | 'languages' | 'timeZone'> & {
  role?: string
  organisation?: string
  url?: string
}

/** One contact's vCard. */
export const contactVCard = (contact: VCardContact): string => {
  const { family, given } = splitName(contact.name)
  const props = [
    new FNProperty([], text(contact.name)),
    new NProperty([], new SpecialValueType('NProperty', [text(family), given ? text(given) : undefined, undefined, undefined, undefined])),
    new KindProperty([], new SpecialValueType('KindProperty', 'individual')),
  ]
  if (contact.nameLatin && contact.nameLatin !== contact.name) props.push(new FNProperty([new PrefParameter(new IntegerType(2))], text(contact.nameLatin)))
  if (contact.organisation) props.push(new OrgProperty([], new SpecialValueType('OrgProperty', [text(contact.organisation)])))
  if (contact.role) props.push(new TitleProperty([], text(contact.role)))
  contact.phones.forEach((phone, i) => {
    props.push(
      new TelProperty(
        [
          new ValueParameter(new URIType('tel:+1')),
          new TypeParameter('TelProperty', telTypes[phone.kind].map((type) => new ParameterValueType(type))),
          new PrefParameter(new IntegerType(i + 1)),
        ],
        new URIType(`tel:${phone.number}`),
      ),
    )
  })
  if (contact.email) props.push(new EmailProperty([new TypeParameter('EmailProperty', new ParameterValueType('work'))], text(contact.email)))
  contact.languages.forEach((tag, i) => props.push(new LangProperty([new PrefParameter(new IntegerType(i + 1))], new LanguageTagType(tag))))
  if (contact.timeZone) props.push(new TzProperty([], text(contact.timeZone)))
  if (contact.url) props.push(new URLProperty([], new URIType(contact.url)))
  return new VCARD(props as never).repr()
}

/** Several contacts in one file, one vCard after another (RFC 6350 §3.1). */
export const vCardFile = (contacts: VCardContact[]): string => contacts.map(contactVCard).join('')
