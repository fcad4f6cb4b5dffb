import { scopes } from '@/documents/choices'
import type { CollectionConfig, SelectFieldSingleValidation } from 'payload'
import { allowRoles } from '@/access/allowRoles'
import { allowRolesOrTranslation } from '@/access/allowRolesOrTranslation'
import { releasedOrStaff } from '@/access/releasedOrStaff'
import { label, labels, options } from '@/i18n/label'
import { viewOnSiteField } from '@/fields/viewOnSite'
import { previewAdmin } from '@/documents/preview'
import { inlinePressContactsField } from '@/fields/inlinePressContacts'
import { searchTextField } from '@/fields/searchText'
import { omitSearchText } from '@/hooks/omitSearchText'
import { seoField, seoTexts } from '@/fields/seo'
import { translationStatusField } from '@/fields/translationStatus'
import { requiredInEnglish } from '@/fields/requiredInEnglish'
import { slugField } from '@/fields/slug'
import { HOME_TIME_ZONE } from '@/lib/timeZones'
import { validateTimeZone } from '@/fields/timeZone'
import { dateReleaseAtEmbargo } from '@/collections/NewsReleases/hooks/dateReleaseAtEmbargo'
import { scheduleEmbargoLift } from '@/collections/NewsReleases/hooks/scheduleEmbargoLift'
import { embargoField, embargoStatusColumn } from '@/collections/NewsReleases/fields/embargo'
import { dayAndTimeAdmin } from '@/fields/adminDate'


export const NewsReleases: CollectionConfig = {
  slug: 'news-releases',
  labels: labels('Collections.newsReleases'),
  access: { read: releasedOrStaff, create: allowRoles('admin', 'editor', 'pressOfficer'), update: allowRolesOrTranslation('admin', 'editor', 'pressOfficer'), delete: allowRoles('admin', 'editor', 'pressOfficer') },
  defaultSort: '-publishedAt',
  hooks: {
    beforeChange: [dateReleaseAtEmbargo],
    afterChange: [scheduleEmbargoLift],
    afterRead: [omitSearchText],
  },
  admin: {
    useAsTitle: 'title',
    ...previewAdmin('/news/[slug]'),
    defaultColumns: ['title', 'publishedAt', '_status', 'translationStatus'],
    group: label('Groups.content'),
    // Payload's status says "published" for a release still under embargo; this says until when.
    components: { edit: { beforeDocumentControls: ['/admin/EmbargoNotice#EmbargoNotice'] } },
  },
  fields: [
    { name: 'title', type: 'text', localized: true, validate: requiredInEnglish, label: label('Fields.title') },
    slugField(['title'], 'news'),
    {
      name: 'publishedAt',
      type: 'date',
      required: true,
      index: true,
      timezone: {
        required: true,
        defaultTimezone: HOME_TIME_ZONE,
        // Payload's zone select does not check the stored value itself.
        override: ({ baseField }) => ({ ...baseField, hasMany: false, validate: validateTimeZone as SelectFieldSingleValidation }),
      },
      defaultValue: () => new Date().toISOString(),
      label: label('Fields.published'),
      admin: { position: 'sidebar', ...dayAndTimeAdmin },
    },
    viewOnSiteField('/news/[slug]'),
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
    { name: 'focusAreas', type: 'relationship', relationTo: 'focus-areas', hasMany: true, label: label('Fields.focusAreas') },
    { name: 'committee', type: 'relationship', relationTo: 'committees', label: label('Fields.committee') },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: label('Fields.heroImage') },
    seoField,
    inlinePressContactsField('body'),
    searchTextField((read) => [read('title'), read('dateline'), read('summary'), read('body')]),
    translationStatusField((read) => [read('title'), read('dateline'), read('summary'), read('body'), ...seoTexts(read('meta'))]),
  ],
}
