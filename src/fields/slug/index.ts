import type { TextField } from 'payload'
import { generateSlug } from './generateSlug'
import { validateSlug } from './validateSlug'

/** One ASCII slug per document, shared by every locale; generated when left empty, editable. */
export const slugField = (sourceFields: string[], fallbackPrefix: string): TextField => ({
  name: 'slug',
  type: 'text',
  label: { en: 'Slug', ja: 'スラッグ', es: 'Slug' },
  index: true,
  unique: true,
  validate: validateSlug,
  hooks: { beforeValidate: [generateSlug(sourceFields, fallbackPrefix)] },
  admin: {
    position: 'sidebar',
    description: {
      en: 'Part of the page address. Left empty, it is made from the English title.',
      ja: 'ページのURLの一部です。空欄の場合は英語のタイトルから作られます。',
      es: 'Parte de la dirección de la página. Si se deja vacío, se genera a partir del título en inglés.',
    },
  },
})
