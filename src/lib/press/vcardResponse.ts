import type { PressContact, SiteSettings } from '@/lib/content'
import { type VCardContact, vCardFile } from '@/lib/vcard'

/** A press contact's public fields as a vCard wants them, in the reader's language. */
export const toVCardContact = (contact: PressContact, settings: SiteSettings, url?: string): VCardContact => ({
  ...contact,
  role: contact.role?.value,
  organisation: settings.organisationName?.value ?? settings.shortName,
  url,
})

/** A download of one or more vCards: UTF-8, named for what it holds. */
export const vcardResponse = (contacts: VCardContact[], filename: string): Response =>
  new Response(vCardFile(contacts), {
    headers: {
      'Content-Type': 'text/vcard; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}.vcf"`,
      'X-Robots-Tag': 'noindex',
    },
  })
