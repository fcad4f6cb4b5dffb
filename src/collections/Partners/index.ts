import { countryField } from './fields/countries'
import { label, labels } from '@/i18n/label'
import { nameField } from '@/fields/requiredInEnglish'
import { urlField } from '@/fields/url'
import { partners } from '@/documents/kinds'
import { withPublicPage } from '@/collections/withPublicPage'

export const Partners = withPublicPage(partners, {
  labels: labels('Collections.partners'),
  editors: ['admin', 'editor'],
  // The admin and the API keep Payload's default order; the site lists partners by slug (kinds.ts).
  defaultSort: undefined,
  admin: {
    defaultColumns: ['name', 'acronym', 'country', '_status', 'translationStatus'],
    group: label('Groups.organisation'),
  },
  slugFrom: { fields: ['acronym', 'name'], fallback: 'partner' },
  fields: ({ slug, viewOnSite }) => [
    nameField('name'),
    { name: 'acronym', type: 'text', label: label('Fields.acronym') },
    slug,
    { ...countryField, required: true },
    urlField('website', { label: label('Fields.website') }),
    { name: 'description', type: 'textarea', localized: true, label: label('Fields.description') },
    { name: 'logo', type: 'upload', relationTo: 'media', label: label('Fields.logo') },
    {
      name: 'focusAreas',
      type: 'relationship',
      relationTo: 'focus-areas',
      hasMany: true,
      label: label('Fields.focusAreas'),
    },
    viewOnSite,
  ],
  searchText: (read) => [read('name'), read('acronym'), read('description')],
  translatedText: (read) => [read('name'), read('description')],
})
