import { label, labels } from '@/i18n/label'
import { nameField } from '@/fields/requiredInEnglish'
import { regionOptions } from '@/fields/regions'
import { committees } from '@/documents/kinds'
import { withPublicPage } from '@/collections/withPublicPage'
import { validationMessage } from '@/i18n/validationMessage'

export const Committees = withPublicPage(committees, {
  labels: labels('Collections.committees'),
  editors: ['admin', 'editor'],
  admin: {
    defaultColumns: ['name', 'code', 'region', '_status', 'translationStatus'],
    group: label('Groups.organisation'),
  },
  slugFrom: { fields: ['name'], fallback: 'committee' },
  fields: ({ slug, viewOnSite }) => [
    nameField('name'),
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: label('Fields.code'),
      hooks: {
        beforeValidate: [
          ({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
        ],
      },
      validate: (value: unknown, { req }: { req: Parameters<typeof validationMessage>[0] }) =>
        typeof value === 'string' && /^[A-Z]{2,6}$/.test(value)
          ? true
          : validationMessage(req, 'committeeCode'),
      admin: { position: 'sidebar' },
    },
    slug,
    { name: 'region', type: 'select', options: regionOptions, label: label('Fields.region') },
    { name: 'description', type: 'textarea', localized: true, label: label('Fields.description') },
    {
      name: 'focusAreas',
      type: 'relationship',
      relationTo: 'focus-areas',
      hasMany: true,
      label: label('Fields.focusAreas'),
    },
    {
      name: 'contacts',
      type: 'relationship',
      relationTo: 'contacts',
      hasMany: true,
      label: label('Fields.contacts'),
    },
    viewOnSite,
  ],
  searchText: (read) => [read('name'), read('code'), read('description')],
  translatedText: (read) => [read('name'), read('description')],
})
