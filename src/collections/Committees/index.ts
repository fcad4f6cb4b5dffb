import { tr } from '@/i18n/label'
import { requiredInEnglish } from '@/fields/requiredInEnglish'
import { regionOptions } from '@/fields/regions'
import { committees } from '@/documents/kinds'
import { withPublicPage } from '@/collections/withPublicPage'
import { localizedMessage } from '@/i18n/validationMessage'

export const Committees = withPublicPage(committees, {
  labels: { singular: tr('Committee', '委員会', 'Comité'), plural: tr('Committees', '委員会', 'Comités') },
  editors: ['admin', 'editor'],
  admin: {
    defaultColumns: ['name', 'code', 'region', '_status', 'translationStatus'],
    group: tr('Organisation', '組織', 'Organización'),
  },
  slugFrom: { fields: ['name'], fallback: 'committee' },
  fields: ({ slug, viewOnSite }) => [
    { name: 'name', type: 'text', localized: true, validate: requiredInEnglish, label: tr('Name', '名称', 'Nombre') },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: tr('Code', 'コード', 'Código'),
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)] },
      validate: (value: unknown, { req }: { req: Parameters<typeof localizedMessage>[0] }) =>
        typeof value === 'string' && /^[A-Z]{2,6}$/.test(value)
          ? true
          : localizedMessage(req, {
              en: 'The code is 2 to 6 capital letters, e.g. AC, LAB, JC.',
              ja: 'コードは2〜6文字の英大文字です（例: AC、LAB、JC）。',
              es: 'El código tiene de 2 a 6 letras mayúsculas, p. ej. AC, LAB, JC.',
            }),
      admin: { position: 'sidebar' },
    },
    slug,
    { name: 'region', type: 'select', options: regionOptions, label: tr('Region', '地域', 'Región') },
    { name: 'description', type: 'textarea', localized: true, label: tr('Description', '説明', 'Descripción') },
    { name: 'focusAreas', type: 'relationship', relationTo: 'focus-areas', hasMany: true, label: tr('Focus areas', '重点分野', 'Áreas temáticas') },
    { name: 'contacts', type: 'relationship', relationTo: 'contacts', hasMany: true, label: tr('Contacts', '連絡先', 'Contactos') },
    viewOnSite,
  ],
  searchText: (read) => [read('name'), read('code'), read('description')],
  translatedText: (read) => [read('name'), read('description')],
})
