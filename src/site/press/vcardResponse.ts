import { inEachLanguage, type Locale } from '@/i18n/locales'
import { messages } from '@/i18n/messages'
import type { PressContact, SiteSettings } from '@/content'
import { type VCardContact, type VCardReader, vCardFile } from '@/site/press/vcard'
import { organisationName } from '@/site/organisation'

// The phone labels the contact cards show, so the address book says what the page said.
const phoneLabels: Record<Locale, VCardReader['phoneLabels']> = inEachLanguage(
  (locale) => messages[locale].PressContacts.kind,
)

/** Who reads a vCard downloaded from a page in this language. */
export const vcardReader = (locale: Locale): VCardReader => ({
  language: locale,
  phoneLabels: phoneLabels[locale],
})

/** A press contact's public fields as a vCard wants them, in the reader's language. */
export const toVCardContact = (
  contact: PressContact,
  settings: SiteSettings,
  url?: string,
): VCardContact => ({
  ...contact,
  role: contact.role?.value,
  organisation: organisationName(settings),
  url,
})

/** A download of one or more vCards for a reader of this language: UTF-8, named for what it holds. */
export const vcardResponse = (
  contacts: VCardContact[],
  locale: Locale,
  filename: string,
): Response =>
  new Response(vCardFile(contacts, vcardReader(locale)), {
    headers: {
      'Content-Type': 'text/vcard; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}.vcf"`,
      'X-Robots-Tag': 'noindex',
    },
  })
