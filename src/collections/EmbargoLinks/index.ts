import type { CollectionConfig, TextField } from 'payload'
import { publishers } from '@/access/allowRoles'
import { label, labels } from '@/i18n/label'
import { dayAndTimeAdmin } from '@/fields/adminDate'
import { localeNames, locales, type Locale } from '@/i18n/locales'
import { assignToken } from './hooks/assignToken'
import { embargoLinkUrl } from './embargoLinkUrl'
import { validateExpiry } from './validateExpiry'

const WEEK_MS = 7 * 86_400_000

// Shown to staff to copy and send; computed from the token, never stored.
const linkField = (locale: Locale): TextField => ({
  name: `link_${locale}`,
  type: 'text',
  virtual: true,
  label: label('Fields.linkInLanguage', { language: localeNames()[locale] }),
  admin: { readOnly: true, condition: (data) => Boolean(data?.token) },
  hooks: {
    afterRead: [
      ({ siblingData }) =>
        siblingData?.token ? embargoLinkUrl(locale, siblingData.token) : undefined,
    ],
  },
})

/**
 * Secret links that show an embargoed release before its embargo lifts, to the journalists they are
 * sent to. A link works until it expires or is revoked; after that it is a 404 like any wrong one.
 */
export const EmbargoLinks: CollectionConfig = {
  slug: 'embargo-links',
  labels: labels('Collections.embargoLinks'),
  // Handed to journalists: only those who may publish releases make or see them.
  access: { read: publishers, create: publishers, update: publishers, delete: publishers },
  admin: {
    useAsTitle: 'recipients',
    defaultColumns: ['recipients', 'release', 'expiresAt', 'revoked'],
    group: label('Groups.pressRoom'),
    description: label('Collections.embargoLinks.description'),
  },
  hooks: { beforeChange: [assignToken] },
  fields: [
    {
      name: 'release',
      type: 'relationship',
      relationTo: 'news-releases',
      required: true,
      index: true,
      label: label('Fields.release'),
    },
    {
      name: 'recipients',
      type: 'text',
      label: label('Fields.sentTo'),
      admin: { description: label('Fields.sentToHelp') },
    },
    {
      name: 'expiresAt',
      type: 'date',
      required: true,
      defaultValue: () => new Date(Date.now() + WEEK_MS).toISOString(),
      validate: validateExpiry,
      label: label('Fields.worksUntil'),
      admin: { ...dayAndTimeAdmin },
    },
    {
      name: 'revoked',
      type: 'checkbox',
      defaultValue: false,
      label: label('Fields.revoked'),
    },
    ...locales.map(linkField),
    {
      name: 'token',
      type: 'text',
      unique: true,
      index: true,
      admin: { hidden: true },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Fields.createdBy'),
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.createdBy) },
    },
  ],
}
