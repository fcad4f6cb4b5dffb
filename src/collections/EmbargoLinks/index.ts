import type { CollectionConfig, TextField } from 'payload'
import { publishers } from '@/access/allowRoles'
import { tr } from '@/i18n/label'
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
  label: tr(`Link (${localeNames[locale]})`, `リンク（${localeNames[locale]}）`, `Enlace (${localeNames[locale]})`),
  admin: { readOnly: true, condition: (data) => Boolean(data?.token) },
  hooks: { afterRead: [({ siblingData }) => (siblingData?.token ? embargoLinkUrl(locale, siblingData.token) : undefined)] },
})

/**
 * Secret links that show an embargoed release before its embargo lifts, to the journalists they are
 * sent to. A link works until it expires or is revoked; after that it is a 404 like any wrong one.
 */
export const EmbargoLinks: CollectionConfig = {
  slug: 'embargo-links',
  labels: {
    singular: tr('Embargo link', '解禁前リンク', 'Enlace bajo embargo'),
    plural: tr('Embargo links', '解禁前リンク', 'Enlaces bajo embargo'),
  },
  // Handed to journalists: only those who may publish releases make or see them.
  access: { read: publishers, create: publishers, update: publishers, delete: publishers },
  admin: {
    useAsTitle: 'recipients',
    defaultColumns: ['recipients', 'release', 'expiresAt', 'revoked'],
    group: tr('Press room', 'プレスルーム', 'Sala de prensa'),
    description: tr(
      'A secret link shows an embargoed release before it is public. Send it only to journalists who respect the embargo; revoke it if it leaks.',
      '秘密のリンクで、解禁前のリリースを公開前に見せられます。解禁時刻を守る記者にだけ送り、漏れたら無効にしてください。',
      'Un enlace secreto muestra un comunicado con embargo antes de que sea público. Envíelo solo a periodistas que respeten el embargo y revóquelo si se filtra.',
    ),
  },
  hooks: { beforeChange: [assignToken] },
  fields: [
    {
      name: 'release',
      type: 'relationship',
      relationTo: 'news-releases',
      required: true,
      index: true,
      label: tr('Release', 'リリース', 'Comunicado'),
    },
    {
      name: 'recipients',
      type: 'text',
      label: tr('Sent to', '送付先', 'Enviado a'),
      admin: { description: tr('For your records, e.g. "Wire services, Asia".', '記録用（例:「アジアの通信社」）。', 'Para su registro, p. ej. «Agencias de noticias, Asia».') },
    },
    {
      name: 'expiresAt',
      type: 'date',
      required: true,
      defaultValue: () => new Date(Date.now() + WEEK_MS).toISOString(),
      validate: validateExpiry,
      label: tr('Works until', '有効期限', 'Válido hasta'),
      admin: { ...dayAndTimeAdmin },
    },
    {
      name: 'revoked',
      type: 'checkbox',
      defaultValue: false,
      label: tr('Revoked: the link no longer works', '無効化（リンクは使えなくなります）', 'Revocado: el enlace ya no funciona'),
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
      label: tr('Created by', '作成者', 'Creado por'),
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.createdBy) },
    },
  ],
}
