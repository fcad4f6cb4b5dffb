import type { GlobalConfig } from 'payload'
import { allowRolesOrTranslation } from '@/access/allowRolesOrTranslation'
import { anyone } from '@/access/anyone'
import { label } from '@/i18n/label'
import { requiredInEnglish } from '@/fields/requiredInEnglish'
import { revalidateGlobal } from '@/revalidation/hooks/revalidateGlobal'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: label('Globals.siteSettings'),
  access: { read: anyone, update: allowRolesOrTranslation('admin', 'editor') },
  hooks: { afterChange: [revalidateGlobal] },
  admin: { group: label('Groups.administration') },
  fields: [
    {
      name: 'organisationName',
      type: 'text',
      localized: true,
      validate: requiredInEnglish,
      label: label('Fields.organisationName'),
    },
    {
      name: 'shortName',
      type: 'text',
      label: label('Fields.shortName'),
      admin: { description: label('Fields.shortNameHelp') },
    },
    { name: 'tagline', type: 'textarea', localized: true, label: label('Fields.tagline') },
    { name: 'logo', type: 'upload', relationTo: 'media', label: label('Fields.logo') },
  ],
}
