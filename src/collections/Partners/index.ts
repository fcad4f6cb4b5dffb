import type { CollectionConfig } from 'payload'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { allowRoles } from '@/access/allowRoles'
import { allowRolesOrTranslation } from '@/access/allowRolesOrTranslation'
import { countryField } from '@/fields/countries'
import { tr } from '@/i18n/label'
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
  labels: { singular: tr('Partner', 'パートナー団体', 'Organización aliada'), plural: tr('Partners', 'パートナー団体', 'Organizaciones aliadas') },
  access: { read: publishedOrStaff, create: allowRoles('admin', 'editor'), update: allowRolesOrTranslation('admin', 'editor'), delete: allowRoles('admin', 'editor') },
  hooks: { afterRead: [omitSearchText] },
  admin: {
    useAsTitle: 'name',
    ...previewAdmin('/partners/[slug]'),
    defaultColumns: ['name', 'acronym', 'country', '_status', 'translationStatus'],
    group: tr('Organisation', '組織', 'Organización'),
  },
  fields: [
    { name: 'name', type: 'text', localized: true, validate: requiredInEnglish, label: tr('Name', '名称', 'Nombre') },
    { name: 'acronym', type: 'text', label: tr('Acronym', '略称', 'Sigla') },
    slugField(['acronym', 'name'], 'partner'),
    { ...countryField, required: true },
    urlField('website', { label: tr('Website', 'ウェブサイト', 'Sitio web') }),
    { name: 'description', type: 'textarea', localized: true, label: tr('Description', '説明', 'Descripción') },
    { name: 'logo', type: 'upload', relationTo: 'media', label: tr('Logo', 'ロゴ', 'Logotipo') },
    { name: 'focusAreas', type: 'relationship', relationTo: 'focus-areas', hasMany: true, label: tr('Focus areas', '重点分野', 'Áreas temáticas') },
    viewOnSiteField('/partners/[slug]'),
    seoField,
    searchTextField((read) => [read('name'), read('acronym'), read('description')]),
    translationStatusField((read) => [read('name'), read('description'), ...seoTexts(read('meta'))]),
  ],
}
