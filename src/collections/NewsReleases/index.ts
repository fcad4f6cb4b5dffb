import type { SelectFieldSingleValidation } from 'payload'
import { releasedOrStaff } from '@/access/releasedOrStaff'
import { tr } from '@/i18n/label'
import { requiredInEnglish } from '@/fields/requiredInEnglish'
import { newsReleases } from '@/documents/kinds'
import { withPublicPage } from '@/collections/withPublicPage'
import { HOME_TIME_ZONE } from '@/lib/timeZones'
import { validateTimeZone } from '@/fields/timeZone'
import { dateReleaseAtEmbargo } from '@/collections/NewsReleases/hooks/dateReleaseAtEmbargo'
import { scheduleEmbargoLift } from '@/collections/NewsReleases/hooks/scheduleEmbargoLift'
import { embargoField, embargoStatusColumn } from '@/collections/NewsReleases/fields/embargo'
import { dayAndTimeAdmin } from '@/fields/adminDate'

export const NewsReleases = withPublicPage(newsReleases, {
  labels: { singular: tr('News release', 'ニュースリリース', 'Comunicado de prensa'), plural: tr('News releases', 'ニュースリリース', 'Comunicados de prensa') },
  access: { read: releasedOrStaff },
  editors: ['admin', 'editor', 'pressOfficer'],
  hooks: {
    beforeChange: [dateReleaseAtEmbargo],
    afterChange: [scheduleEmbargoLift],
  },
  admin: {
    defaultColumns: ['title', 'publishedAt', '_status', 'translationStatus'],
    group: tr('Content', 'コンテンツ', 'Contenido'),
    // Payload's status says "published" for a release still under embargo; this says until when.
    components: { edit: { beforeDocumentControls: ['/admin/EmbargoNotice#EmbargoNotice'] } },
  },
  slugFrom: { fields: ['title'], fallback: 'news' },
  fields: ({ slug, viewOnSite }) => [
    { name: 'title', type: 'text', localized: true, validate: requiredInEnglish, label: tr('Title', 'タイトル', 'Título') },
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
        override: ({ baseField }) => ({ ...baseField, hasMany: false, validate: validateTimeZone as SelectFieldSingleValidation }),
      },
      defaultValue: () => new Date().toISOString(),
      label: tr('Published', '公開日時', 'Fecha de publicación'),
      admin: { position: 'sidebar', ...dayAndTimeAdmin },
    },
    viewOnSite,
    embargoField,
    embargoStatusColumn,
    { name: 'dateline', type: 'text', localized: true, label: tr('Dateline place', '発信地', 'Lugar de emisión') },
    {
      name: 'scope',
      type: 'select',
      required: true,
      defaultValue: 'global',
      label: tr('Scope', '対象範囲', 'Alcance'),
      options: [
        { value: 'global', label: tr('Global', 'グローバル', 'Global') },
        { value: 'regional', label: tr('Regional', '地域', 'Regional') },
        { value: 'country', label: tr('Country', '国別', 'Nacional') },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'summary', type: 'textarea', localized: true, label: tr('Summary', '概要', 'Resumen') },
    { name: 'body', type: 'richText', localized: true, label: tr('Body', '本文', 'Texto') },
    {
      name: 'pressContacts',
      type: 'relationship',
      relationTo: 'contacts',
      hasMany: true,
      // Only people who agreed to speak to the press may be published under a release.
      filterOptions: { isPressContact: { equals: true } },
      label: tr('Press contacts', 'プレス窓口', 'Contactos de prensa'),
      admin: {
        description: tr('In the order they appear under the release.', 'リリース末尾に表示される順です。', 'En el orden en que aparecen al final del comunicado.'),
      },
    },
    { name: 'focusAreas', type: 'relationship', relationTo: 'focus-areas', hasMany: true, label: tr('Focus areas', '重点分野', 'Áreas temáticas') },
    { name: 'committee', type: 'relationship', relationTo: 'committees', label: tr('Committee', '委員会', 'Comité') },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: tr('Hero image', 'メイン画像', 'Imagen principal') },
  ],
  inlinePressContactsIn: 'body',
  // Searched, and compared for the translation status.
  searchText: (read) => [read('title'), read('dateline'), read('summary'), read('body')],
})
