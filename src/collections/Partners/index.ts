import { countryField } from '@/fields/countries'
import { tr } from '@/i18n/label'
import { requiredInEnglish } from '@/fields/requiredInEnglish'
import { urlField } from '@/fields/url'
import { partners } from '@/documents/kinds'
import { withPublicPage } from '@/collections/withPublicPage'

export const Partners = withPublicPage(partners, {
  labels: { singular: tr('Partner', 'パートナー団体', 'Organización aliada'), plural: tr('Partners', 'パートナー団体', 'Organizaciones aliadas') },
  editors: ['admin', 'editor'],
  // The admin and the API keep Payload's default order; the site lists partners by slug (kinds.ts).
  defaultSort: undefined,
  admin: {
    defaultColumns: ['name', 'acronym', 'country', '_status', 'translationStatus'],
    group: tr('Organisation', '組織', 'Organización'),
  },
  slugFrom: { fields: ['acronym', 'name'], fallback: 'partner' },
  fields: ({ slug, viewOnSite }) => [
    { name: 'name', type: 'text', localized: true, validate: requiredInEnglish, label: tr('Name', '名称', 'Nombre') },
    { name: 'acronym', type: 'text', label: tr('Acronym', '略称', 'Sigla') },
    slug,
    { ...countryField, required: true },
    urlField('website', { label: tr('Website', 'ウェブサイト', 'Sitio web') }),
    { name: 'description', type: 'textarea', localized: true, label: tr('Description', '説明', 'Descripción') },
    { name: 'logo', type: 'upload', relationTo: 'media', label: tr('Logo', 'ロゴ', 'Logotipo') },
    { name: 'focusAreas', type: 'relationship', relationTo: 'focus-areas', hasMany: true, label: tr('Focus areas', '重点分野', 'Áreas temáticas') },
    viewOnSite,
  ],
  searchText: (read) => [read('name'), read('acronym'), read('description')],
  translatedText: (read) => [read('name'), read('description')],
})
