import type { CollectionConfig, Validate } from 'payload'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { allowRoles } from '@/access/allowRoles'
import { allowRolesOrTranslation } from '@/access/allowRolesOrTranslation'
import { label, labels } from '@/i18n/label'
import { viewOnSiteField } from '@/fields/viewOnSite'
import { previewAdmin } from '@/documents/preview'
import { inlinePressContactsField } from '@/fields/inlinePressContacts'
import { type Read, searchTextField } from '@/fields/searchText'
import { omitSearchText } from '@/hooks/omitSearchText'
import { seoField, seoTexts } from '@/fields/seo'
import { translationStatusField } from '@/fields/translationStatus'
import { requiredInEnglish } from '@/fields/requiredInEnglish'
import { slugField } from '@/fields/slug'
import { validateUrl } from '@/fields/url'
import { validationMessage } from '@/i18n/validationMessage'

// A related material is a link, an uploaded file, or both.
const validateMaterialLink: Validate<string> = (value, options) => {
  const { siblingData, req } = options
  if (!value && !(siblingData as { file?: unknown }).file) {
    return validationMessage(req, 'linkOrFile')
  }
  return validateUrl(value, options)
}

const rows = (value: unknown) => (Array.isArray(value) ? (value as Record<string, unknown>[]) : [])

// The words of a focus area in one language: searched, and compared for the translation status.
const focusAreaTexts = (read: Read) => [
  read('title'),
  read('summary'),
  read('body'),
  rows(read('stance')).map((row) => [row.heading, row.text]),
  rows(read('activities')).map((row) => row.text),
  rows(read('relatedMaterials')).map((row) => row.title),
]

export const FocusAreas: CollectionConfig = {
  slug: 'focus-areas',
  labels: labels('Collections.focusAreas'),
  access: { read: publishedOrStaff, create: allowRoles('admin', 'editor'), update: allowRolesOrTranslation('admin', 'editor'), delete: allowRoles('admin', 'editor') },
  hooks: { afterRead: [omitSearchText] },
  defaultSort: 'displayOrder',
  admin: {
    useAsTitle: 'title',
    ...previewAdmin('/focus-areas/[slug]'),
    defaultColumns: ['title', 'displayOrder', 'updatedAt', '_status', 'translationStatus'],
    group: label('Groups.content'),
  },
  fields: [
    { name: 'title', type: 'text', localized: true, validate: requiredInEnglish, label: label('Fields.title') },
    slugField(['title'], 'focus-area'),
    { name: 'summary', type: 'textarea', localized: true, label: label('Fields.summary') },
    { name: 'body', type: 'richText', localized: true, label: label('Fields.body') },
    {
      name: 'stance',
      type: 'array',
      label: label('Fields.stance'),
      labels: { singular: label('Fields.stancePoint'), plural: label('Fields.stancePoints') },
      fields: [
        { name: 'heading', type: 'text', localized: true, validate: requiredInEnglish, label: label('Fields.heading') },
        { name: 'text', type: 'textarea', localized: true, label: label('Fields.text') },
      ],
    },
    {
      name: 'activities',
      type: 'array',
      label: label('Fields.committeeActivities'),
      labels: { singular: label('Fields.activity'), plural: label('Fields.activities') },
      fields: [
        { name: 'committee', type: 'relationship', relationTo: 'committees', required: true, label: label('Fields.committee') },
        { name: 'text', type: 'textarea', localized: true, label: label('Fields.text') },
      ],
    },
    {
      name: 'pressContacts',
      type: 'relationship',
      relationTo: 'contacts',
      hasMany: true,
      filterOptions: { isPressContact: { equals: true } },
      label: label('Fields.topicPressContacts'),
      admin: {
        description: label('Fields.topicPressContactsHelp'),
      },
    },
    {
      name: 'partners',
      type: 'relationship',
      relationTo: 'partners',
      hasMany: true,
      label: label('Fields.partners'),
    },
    {
      name: 'relatedMaterials',
      type: 'array',
      label: label('Fields.relatedMaterials'),
      labels: { singular: label('Fields.material'), plural: label('Fields.materials') },
      fields: [
        { name: 'title', type: 'text', localized: true, validate: requiredInEnglish, label: label('Fields.title') },
        {
          name: 'link',
          type: 'text',
          label: label('Fields.link'),
          validate: validateMaterialLink,
        },
        { name: 'file', type: 'upload', relationTo: 'media', label: label('Fields.file') },
      ],
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: label('Fields.heroImage') },
    {
      name: 'displayOrder',
      type: 'number',
      defaultValue: 100,
      label: label('Fields.displayOrder'),
      admin: { position: 'sidebar', description: label('Fields.displayOrderHelp') },
    },
    viewOnSiteField('/focus-areas/[slug]'),
    seoField,
    inlinePressContactsField('body'),
    searchTextField(focusAreaTexts),
    translationStatusField((read) => [...focusAreaTexts(read), ...seoTexts(read('meta'))]),
  ],
}
