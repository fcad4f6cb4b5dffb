import type { GroupField } from 'payload'
import { label } from '@/i18n/label'

/** Search and social previews per language; left empty, the page uses its title, summary and image. */
export const seoField: GroupField = {
  name: 'meta',
  type: 'group',
  label: label('Fields.seo'),
  admin: {
    position: 'sidebar',
    description: label('Fields.seoHelp'),
  },
  fields: [
    { name: 'title', type: 'text', localized: true, maxLength: 70, label: label('Fields.title') },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      maxLength: 200,
      label: label('Fields.seoDescription'),
    },
    { name: 'image', type: 'upload', relationTo: 'media', label: label('Fields.image') },
  ],
}

/** The translated words of the SEO group, for the translation status. */
export const seoTexts = (meta: unknown): unknown[] => {
  const group = (meta ?? {}) as { title?: unknown; description?: unknown }
  return [group.title, group.description]
}
