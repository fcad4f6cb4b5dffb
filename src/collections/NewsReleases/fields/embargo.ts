import type { DateField, SelectField, SelectFieldSingleValidation } from 'payload'
import { dayAndTimeAdmin } from '@/fields/adminDate'
import { label } from '@/i18n/label'
import { HOME_TIME_ZONE } from '@/lib/timeZones'
import { validateTimeZone } from '@/fields/timeZone'

/**
 * The moment a release may first be reported. Until then the public site, feeds, sitemap, search
 * and API leave the release out even once it is published (see releasedOrStaff); at that moment a
 * scheduled publish job makes it public and refreshes the pages that list it.
 */
export const embargoField: DateField = {
  name: 'embargoUntil',
  type: 'date',
  index: true,
  timezone: {
    defaultTimezone: HOME_TIME_ZONE,
    override: ({ baseField }) => ({
      ...baseField,
      hasMany: false,
      validate: validateTimeZone as SelectFieldSingleValidation,
    }),
  },
  label: label('Fields.embargoUntil'),
  admin: {
    position: 'sidebar',
    ...dayAndTimeAdmin,
    description: label('Fields.embargoUntilHelp'),
  },
}

/**
 * Payload's own status field (added with drafts), given a list cell that marks a release still
 * under embargo. Payload merges a field of this name into its own: the label and `localized` repeat
 * its own (per-language status, see withDrafts) so that nothing else changes, translators' limits
 * included; the options, empty here, are appended to Payload's.
 */
export const embargoStatusColumn: SelectField = {
  name: '_status',
  type: 'select',
  localized: true,
  label: ({ t }) => t('version:status'),
  options: [],
  admin: { components: { Cell: '/admin/EmbargoStatusCell#EmbargoStatusCell' } },
}
