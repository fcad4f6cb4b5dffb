import type { CollectionConfig } from 'payload'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { allowRoles } from '@/access/allowRoles'
import { allowRolesOrTranslation } from '@/access/allowRolesOrTranslation'
import { tr } from '@/i18n/label'
import { viewOnSiteField } from '@/fields/viewOnSite'
import { previewAdmin } from '@/documents/preview'
import { searchTextField } from '@/fields/searchText'
import { omitSearchText } from '@/hooks/omitSearchText'
import { seoField, seoTexts } from '@/fields/seo'
import { translationStatusField } from '@/fields/translationStatus'
import { requiredInEnglish } from '@/fields/requiredInEnglish'
import { regionOptions } from '@/fields/regions'
import { slugField } from '@/fields/slug'
import { localizedMessage } from '@/i18n/validationMessage'

export const Committees: CollectionConfig = {
  slug: 'committees',
  labels: { singular: tr('Committee', '委員会', 'Comité'), plural: tr('Committees', '委員会', 'Comités') },
  access: { read: publishedOrStaff, create: allowRoles('admin', 'editor'), update: allowRolesOrTranslation('admin', 'editor'), delete: allowRoles('admin', 'editor') },
  hooks: { afterRead: [omitSearchText] },
  defaultSort: 'code',
  admin: {
    useAsTitle: 'name',
    ...previewAdmin('/committees/[slug]'),
    defaultColumns: ['name', 'code', 'region', '_status', 'translationStatus'],
    group: tr('Organisation', '組織', 'Organización'),
  },
  fields: [
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
    slugField(['name'], 'committee'),
    { name: 'region', type: 'select', options: regionOptions, label: tr('Region', '地域', 'Región') },
    { name: 'description', type: 'textarea', localized: true, label: tr('Description', '説明', 'Descripción') },
    { name: 'focusAreas', type: 'relationship', relationTo: 'focus-areas', hasMany: true, label: tr('Focus areas', '重点分野', 'Áreas temáticas') },
    { name: 'contacts', type: 'relationship', relationTo: 'contacts', hasMany: true, label: tr('Contacts', '連絡先', 'Contactos') },
    viewOnSiteField('/committees/[slug]'),
    seoField,
    searchTextField((read) => [read('name'), read('code'), read('description')]),
    translationStatusField((read) => [read('name'), read('description'), ...seoTexts(read('meta'))]),
  ],
}
