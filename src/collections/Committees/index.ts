import type { CollectionConfig } from 'payload'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { allowRoles } from '@/access/allowRoles'
import { allowRolesOrTranslation } from '@/access/allowRolesOrTranslation'
import { label, labels } from '@/i18n/label'
import { viewOnSiteField } from '@/fields/viewOnSite'
import { previewAdmin } from '@/documents/preview'
import { searchTextField } from '@/fields/searchText'
import { omitSearchText } from '@/hooks/omitSearchText'
import { seoField, seoTexts } from '@/fields/seo'
import { translationStatusField } from '@/fields/translationStatus'
import { requiredInEnglish } from '@/fields/requiredInEnglish'
import { regionOptions } from '@/fields/regions'
import { slugField } from '@/fields/slug'
import { validationMessage } from '@/i18n/validationMessage'

export const Committees: CollectionConfig = {
  slug: 'committees',
  labels: labels('Collections.committees'),
  access: { read: publishedOrStaff, create: allowRoles('admin', 'editor'), update: allowRolesOrTranslation('admin', 'editor'), delete: allowRoles('admin', 'editor') },
  hooks: { afterRead: [omitSearchText] },
  defaultSort: 'code',
  admin: {
    useAsTitle: 'name',
    ...previewAdmin('/committees/[slug]'),
    defaultColumns: ['name', 'code', 'region', '_status', 'translationStatus'],
    group: label('Groups.organisation'),
  },
  fields: [
    { name: 'name', type: 'text', localized: true, validate: requiredInEnglish, label: label('Fields.name') },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: label('Fields.code'),
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)] },
      validate: (value: unknown, { req }: { req: Parameters<typeof validationMessage>[0] }) =>
        typeof value === 'string' && /^[A-Z]{2,6}$/.test(value)
          ? true
          : validationMessage(req, 'committeeCode'),
      admin: { position: 'sidebar' },
    },
    slugField(['name'], 'committee'),
    { name: 'region', type: 'select', options: regionOptions, label: label('Fields.region') },
    { name: 'description', type: 'textarea', localized: true, label: label('Fields.description') },
    { name: 'focusAreas', type: 'relationship', relationTo: 'focus-areas', hasMany: true, label: label('Fields.focusAreas') },
    { name: 'contacts', type: 'relationship', relationTo: 'contacts', hasMany: true, label: label('Fields.contacts') },
    viewOnSiteField('/committees/[slug]'),
    seoField,
    searchTextField((read) => [read('name'), read('code'), read('description')]),
    translationStatusField((read) => [read('name'), read('description'), ...seoTexts(read('meta'))]),
  ],
}
