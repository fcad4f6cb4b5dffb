import type { CollectionConfig, Field } from 'payload'
import { validateNumber } from '@/fields/validateNumber'
import { validateRelationship, validateUpload } from '@/fields/validateReferences'
import { validateRichText } from '@/fields/validateRichText'
import { rejectInvalidFilters } from '@/hooks/rejectInvalidFilters'
import { rejectMalformedId } from '@/hooks/rejectMalformedId'

// Validators that Payload's defaults lack, for every field of these types that has none of its own.
const withFieldChecks = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if ('fields' in field && Array.isArray(field.fields)) {
      field = { ...field, fields: withFieldChecks(field.fields) } as Field
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: withFieldChecks(tab.fields) })),
      }
    }
    if ('validate' in field && field.validate) return field
    switch (field.type) {
      case 'relationship':
        return { ...field, validate: validateRelationship } as Field
      case 'upload':
        return { ...field, validate: validateUpload } as Field
      case 'number':
        return field.hasMany ? field : { ...field, validate: validateNumber }
      case 'richText':
        return { ...field, validate: validateRichText }
      default:
        return field
    }
  })

/** Bad input gets a 4xx that names the problem, never a 500 from deeper down. */
export const withInputChecks = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: withFieldChecks(collection.fields),
  hooks: {
    ...collection.hooks,
    beforeOperation: [
      rejectMalformedId,
      rejectInvalidFilters,
      ...(collection.hooks?.beforeOperation ?? []),
    ],
  },
})
