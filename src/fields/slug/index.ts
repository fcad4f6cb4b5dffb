import type { TextField } from 'payload'
import { generateSlug } from './generateSlug'
import { validateSlug } from './validateSlug'
import { label } from '@/i18n/label'

/** One ASCII slug per document, shared by every locale; generated when left empty, editable. */
export const slugField = (sourceFields: string[], fallbackPrefix: string): TextField => ({
  name: 'slug',
  type: 'text',
  label: label('Fields.slug'),
  index: true,
  unique: true,
  validate: validateSlug,
  hooks: { beforeValidate: [generateSlug(sourceFields, fallbackPrefix)] },
  admin: {
    position: 'sidebar',
    description: label('Fields.slugHelp'),
  },
})
