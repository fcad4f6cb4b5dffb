import type { Validate } from 'payload'
import { label, labels } from '@/i18n/label'
import type { Read } from '@/fields/searchText'
import { nameField, requiredInEnglish } from '@/fields/requiredInEnglish'
import { focusAreas } from '@/documents/kinds'
import { withPublicPage } from '@/collections/withPublicPage'
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

export const FocusAreas = withPublicPage(focusAreas, {
  labels: labels('Collections.focusAreas'),
  editors: ['admin', 'editor'],
  admin: {
    defaultColumns: ['title', 'displayOrder', 'updatedAt', '_status', 'translationStatus'],
    group: label('Groups.content'),
  },
  slugFrom: { fields: ['title'], fallback: 'focus-area' },
  fields: ({ slug, viewOnSite }) => [
    nameField('title'),
    slug,
    { name: 'summary', type: 'textarea', localized: true, label: label('Fields.summary') },
    { name: 'body', type: 'richText', localized: true, label: label('Fields.body') },
    {
      name: 'stance',
      type: 'array',
      label: label('Fields.stance'),
      labels: { singular: label('Fields.stancePoint'), plural: label('Fields.stancePoints') },
      fields: [
        {
          name: 'heading',
          type: 'text',
          localized: true,
          validate: requiredInEnglish,
          label: label('Fields.heading'),
        },
        { name: 'text', type: 'textarea', localized: true, label: label('Fields.text') },
      ],
    },
    {
      name: 'activities',
      type: 'array',
      label: label('Fields.committeeActivities'),
      labels: { singular: label('Fields.activity'), plural: label('Fields.activities') },
      fields: [
        {
          name: 'committee',
          type: 'relationship',
          relationTo: 'committees',
          required: true,
          label: label('Fields.committee'),
        },
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
        {
          name: 'title',
          type: 'text',
          localized: true,
          validate: requiredInEnglish,
          label: label('Fields.title'),
        },
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
    viewOnSite,
  ],
  inlinePressContactsIn: 'body',
  searchText: focusAreaTexts,
})
