import type { CollectionConfig } from 'payload'
import path from 'node:path'
import { anyone } from '@/access/anyone'
import { allowRoles } from '@/access/allowRoles'
import { allowRolesOrTranslation } from '@/access/allowRolesOrTranslation'
import { requiredInEnglish } from '@/fields/requiredInEnglish'
import { label, labels } from '@/i18n/label'
import { responsiveWidths, widthSizeName } from '@/documents/imageWidths'

export const mediaDir = path.resolve(process.env.MEDIA_DIR || 'media')

export const Media: CollectionConfig = {
  slug: 'media',
  labels: labels('Collections.media'),
  access: { read: anyone, create: allowRoles('admin', 'editor', 'pressOfficer'), update: allowRolesOrTranslation('admin', 'editor', 'pressOfficer'), delete: allowRoles('admin', 'editor') },
  admin: { group: label('Groups.assets') },
  upload: {
    staticDir: mediaDir,
    // Raster images and PDF only: an SVG can carry script.
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/avif', 'application/pdf'],
    // sharp resizes every image upload into these sizes: the cropped ones for the admin and
    // previews, and WebP widths for the pages' srcset (src/content/image.ts).
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre' },
      { name: 'card', width: 768, height: 432, position: 'centre' },
      { name: 'hero', width: 1600, height: 640, position: 'centre' },
      ...responsiveWidths.map((width) => ({
        name: widthSizeName(width),
        width,
        formatOptions: { format: 'webp' as const, options: { quality: 80 } },
      })),
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
      label: label('Fields.altText'),
      admin: {
        description: label('Fields.altTextHelp'),
      },
    },
    { name: 'credit', type: 'text', label: label('Fields.credit') },
  ],
}
