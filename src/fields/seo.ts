import type { GroupField } from 'payload'
import { tr } from '@/i18n/label'

/** Search and social previews per language; left empty, the page uses its title, summary and image. */
export const seoField: GroupField = {
  name: 'meta',
  type: 'group',
  label: tr('Search and social previews', '検索・SNS用の表示', 'Vista previa en buscadores y redes'),
  admin: {
    position: 'sidebar',
    description: tr(
      'Optional. Empty fields fall back to the title, summary and main image.',
      '任意。空欄の場合はタイトル、概要、メイン画像が使われます。',
      'Opcional. Si se dejan vacíos, se usan el título, el resumen y la imagen principal.',
    ),
  },
  fields: [
    { name: 'title', type: 'text', localized: true, maxLength: 70, label: tr('Title', 'タイトル', 'Título') },
    { name: 'description', type: 'textarea', localized: true, maxLength: 200, label: tr('Description', '説明文', 'Descripción') },
    { name: 'image', type: 'upload', relationTo: 'media', label: tr('Image', '画像', 'Imagen') },
  ],
}

/** The translated words of the SEO group, for the translation status. */
export const seoTexts = (meta: unknown): unknown[] => {
  const group = (meta ?? {}) as { title?: unknown; description?: unknown }
  return [group.title, group.description]
}
