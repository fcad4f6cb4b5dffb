import type { CollectionConfig } from 'payload'
import path from 'node:path'
import { anyone } from '@/access/anyone'
import { allowRoles } from '@/access/allowRoles'
import { allowRolesOrTranslation } from '@/access/allowRolesOrTranslation'
import { requiredInEnglish } from '@/fields/requiredInEnglish'

export const mediaDir = path.resolve(process.env.MEDIA_DIR || 'media')

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { en: 'Media file', ja: 'メディア', es: 'Archivo multimedia' },
    plural: { en: 'Media', ja: 'メディア', es: 'Multimedia' },
  },
  access: { read: anyone, create: allowRoles('admin', 'editor', 'pressOfficer'), update: allowRolesOrTranslation('admin', 'editor', 'pressOfficer'), delete: allowRoles('admin', 'editor') },
  admin: { group: { en: 'Assets', ja: '素材', es: 'Recursos' } },
  upload: {
    staticDir: mediaDir,
    // Raster images and PDF only: an SVG can carry script.
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/avif', 'application/pdf'],
    // sharp resizes every image upload into these sizes.
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre' },
      { name: 'card', width: 768, height: 432, position: 'centre' },
      { name: 'hero', width: 1600, height: 640, position: 'centre' },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      validate: requiredInEnglish,
      label: { en: 'Alternative text', ja: '代替テキスト', es: 'Texto alternativo' },
      admin: {
        description: {
          en: 'Describes the image for people who cannot see it.',
          ja: '画像を見られない人のための説明です。',
          es: 'Describe la imagen para quienes no pueden verla.',
        },
      },
    },
    { name: 'credit', type: 'text', label: { en: 'Credit', ja: 'クレジット', es: 'Créditos' } },
  ],
}
