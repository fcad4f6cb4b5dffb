import type { SelectFieldSingleValidation } from 'payload'
import { releasedOrStaff } from '@/access/releasedOrStaff'
import { scopes } from '@/documents/choices'
import { label, labels, options } from '@/i18n/label'
import { nameField } from '@/fields/requiredInEnglish'
import { newsReleases } from '@/documents/kinds'
import { withPublicPage } from '@/collections/withPublicPage'
import { HOME_TIME_ZONE } from '@/lib/timeZones'
import { validateTimeZone } from '@/fields/timeZone'
import { dateReleaseAtEmbargo } from '@/collections/NewsReleases/hooks/dateReleaseAtEmbargo'
import { scheduleEmbargoLift } from '@/collections/NewsReleases/hooks/scheduleEmbargoLift'
import { embargoField, embargoStatusColumn } from '@/collections/NewsReleases/fields/embargo'
import { dayAndTimeAdmin } from '@/fields/adminDate'

export const NewsReleases = withPublicPage(newsReleases, {
  labels: labels('Collections.newsReleases'),
  access: { read: releasedOrStaff },
  editors: ['admin', 'editor', 'pressOfficer'],
  hooks: {
    beforeChange: [dateReleaseAtEmbargo],
    afterChange: [scheduleEmbargoLift],
  },
  // The public lists' order (newest first; Payload breaks ties by creation), alone and within a
  // scope, so a page is read from an index instead of sorting every release.
  indexes: [
    { fields: ['publishedAt', 'createdAt'] },
    { fields: ['scope', 'publishedAt', 'createdAt'] },
  ],
  admin: {
    defaultColumns: ['title', 'publishedAt', '_status', 'translationStatus'],
    group: label('Groups.content'),
    // Payload's status says "published" for a release still under embargo; this says until when.
    components: { edit: { beforeDocumentControls: ['/admin/EmbargoNotice#EmbargoNotice'] } },
  },
  slugFrom: { fields: ['title'], fallback: 'news' },
  fields: ({ slug, viewOnSite }) => [
    nameField('title'),
    slug,
    {
      name: 'publishedAt',
      type: 'date',
      required: true,
      index: true,
      timezone: {
        required: true,
        defaultTimezone: HOME_TIME_ZONE,
        // Payload's zone select does not check the stored value itself.
        override: ({ baseField }) => ({
          ...baseField,
          hasMany: false,
          validate: validateTimeZone as SelectFieldSingleValidation,
        }),
      },
      defaultValue: () => new Date().toISOString(),
      label: label('Fields.published'),
      admin: { position: 'sidebar', ...dayAndTimeAdmin },
    },
    viewOnSite,
    embargoField,
    embargoStatusColumn,
    { name: 'dateline', type: 'text', localized: true, label: label('Fields.dateline') },
    {
      name: 'scope',
      type: 'select',
      required: true,
      defaultValue: 'global',
      label: label('Fields.scope'),
      // Labelled as the news list labels them (messages/*.json, "Scope").
      options: options('Scope', scopes),
      admin: { position: 'sidebar' },
    },
    { name: 'summary', type: 'textarea', localized: true, label: label('Fields.summary') },
    { name: 'body', type: 'richText', localized: true, label: label('Fields.body') },
    {
      name: 'pressContacts',
      type: 'relationship',
      relationTo: 'contacts',
      hasMany: true,
      // Only people who agreed to speak to the press may be published under a release.
      filterOptions: { isPressContact: { equals: true } },
      label: label('Fields.pressContacts'),
      admin: {
        description: label('Fields.pressContactsOrderHelp'),
      },
    },
    {
      name: 'focusAreas',
      type: 'relationship',
      relationTo: 'focus-areas',
      hasMany: true,
      label: label('Fields.focusAreas'),
    },
    {
      name: 'committee',
      type: 'relationship',
      relationTo: 'committees',
      label: label('Fields.committee'),
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: label('Fields.heroImage') },
  ],
  inlinePressContactsIn: 'body',
  // Searched, and compared for the translation status.
  searchText: (read) => [read('title'), read('dateline'), read('summary'), read('body')],
})
