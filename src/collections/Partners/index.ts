import type { CollectionConfig } from 'payload'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { allowRoles } from '@/access/allowRoles'
import { allowRolesOrTranslation } from '@/access/allowRolesOrTranslation'
import { countryField } from '@/fields/countries'
import { label, labels } from '@/i18n/label'
import { viewOnSiteField } from '@/fields/viewOnSite'
import { previewAdmin } from '@/documents/preview'
import { searchTextField } from '@/fields/searchText'
import { omitSearchText } from '@/hooks/omitSearchText'
import { seoField, seoTexts } from '@/fields/seo'
import { translationStatusField } from '@/fields/translationStatus'
import { requiredInEnglish } from '@/fields/requiredInEnglish'
import { slugField } from '@/fields/slug'
import { urlField } from '@/fields/url'

export const Partners: CollectionConfig = {
  slug: 'partners',
  labels: labels('Collections.partners'),
  access: { read: publishedOrStaff, create: allowRoles('admin', 'editor'), update: allowRolesOrTranslation('admin', 'editor'), delete: allowRoles('admin', 'editor') },
  hooks: { afterRead: [omitSearchText] },
  admin: {
    useAsTitle: 'name',
    ...previewAdmin('/partners/[slug]'),
    defaultColumns: ['name', 'acronym', 'country', '_status', 'translationStatus'],
    group: label('Groups.organisation'),
  },
  fields: [
    { name: 'name', type: 'text', localized: true, validate: requiredInEnglish, label: label('Fields.name') },
    { name: 'acronym', type: 'text', label: label('Fields.acronym') },
    slugField(['acronym', 'name'], 'partner'),
    { ...countryField, required: true },
    urlField('website', { label: label('Fields.website') }),
    { name: 'description', type: 'textarea', localized: true, label: label('Fields.description') },
    { name: 'logo', type: 'upload', relationTo: 'media', label: label('Fields.logo') },
    { name: 'focusAreas', type: 'relationship', relationTo: 'focus-areas', hasMany: true, label: label('Fields.focusAreas') },
    viewOnSiteField('/partners/[slug]'),
    seoField,
    searchTextField((read) => [read('name'), read('acronym'), read('description')]),
    translationStatusField((read) => [read('name'), read('description'), ...seoTexts(read('meta'))]),
  ],
}
