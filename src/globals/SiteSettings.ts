import type { GlobalConfig } from 'payload'
import { allowRolesOrTranslation } from '@/access/allowRolesOrTranslation'
import { anyone } from '@/access/anyone'
import { tr } from '@/i18n/label'
import { requiredInEnglish } from '@/fields/requiredInEnglish'
import { revalidateGlobal } from '@/revalidation/hooks/revalidateGlobal'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: tr('Site settings', 'サイト設定', 'Configuración del sitio'),
  access: { read: anyone, update: allowRolesOrTranslation('admin', 'editor') },
  hooks: { afterChange: [revalidateGlobal] },
  admin: { group: tr('Administration', '管理', 'Administración') },
  fields: [
    {
      name: 'organisationName',
      type: 'text',
      localized: true,
      validate: requiredInEnglish,
      label: tr('Organisation name', '団体名', 'Nombre de la organización'),
    },
    {
      name: 'shortName',
      type: 'text',
      label: tr('Short name', '略称', 'Nombre corto'),
      admin: { description: tr('Shown in the header, e.g. IMADR.', 'ヘッダーに表示されます（例: IMADR）。', 'Se muestra en la cabecera, p. ej. IMADR.') },
    },
    { name: 'tagline', type: 'textarea', localized: true, label: tr('Tagline', 'キャッチフレーズ', 'Lema') },
    { name: 'logo', type: 'upload', relationTo: 'media', label: tr('Logo', 'ロゴ', 'Logotipo') },
  ],
}
