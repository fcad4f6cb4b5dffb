import type { PressDirectoryEntry } from '@/content'

/**
 * schema.org ContactPoint for a press contact, attached to the organisation: who answers media
 * questions, in which languages (BCP 47), for which regions, and how to reach them.
 */
export const contactPointJsonLd = ({
  contact,
  organisation,
  organisationUrl,
  regionNames,
  pageUrl,
}: {
  contact: PressDirectoryEntry
  organisation: string
  organisationUrl: string
  regionNames: string[]
  pageUrl: string
}) => {
  const phone =
    contact.phones.find((p) => p.kind === 'press') ??
    contact.phones.find((p) => p.kind === 'office') ??
    contact.phones[0]
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: organisation,
    url: organisationUrl,
    contactPoint: {
      '@type': 'ContactPoint',
      contactType: 'media relations',
      name:
        contact.nameLatin && contact.nameLatin !== contact.name
          ? `${contact.name} (${contact.nameLatin})`
          : contact.name,
      url: pageUrl,
      availableLanguage: contact.languages,
      areaServed: regionNames.length ? regionNames : undefined,
      email: contact.email ?? undefined,
      telephone: phone?.number,
    },
  }
}
