import type { CollectionConfig, Field, FieldAccess, GlobalConfig } from 'payload'
import { publishers } from '@/access/allowRoles'

const both =
  (first: FieldAccess | undefined, second: FieldAccess): FieldAccess =>
  async (args) =>
    (first ? await first(args) : true) && (await second(args))

/**
 * Closes the fields every language shares to translators (they see them read-only), so a
 * translator's save changes only the translation. Containers are opened up to reach the localized
 * fields inside them; hidden fields that hooks keep up to date are left to the hooks.
 */
const limit = (field: Field): Field => {
  if ('fields' in field && field.type !== 'array' && !('name' in field && field.localized)) {
    return { ...field, fields: field.fields.map(limit) } as Field
  }
  if (field.type === 'array' && !field.localized)
    return { ...field, fields: field.fields.map(limit) }
  if (field.type === 'tabs') {
    return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(limit) })) }
  }
  if (
    !('name' in field) ||
    field.type === 'ui' ||
    field.type === 'join' ||
    ('localized' in field && field.localized)
  )
    return field
  if (field.admin?.hidden || ('virtual' in field && field.virtual)) return field
  return {
    ...field,
    access: { ...field.access, update: both(field.access?.update, publishers) },
  } as Field
}

export const withTranslatorLimits = <T extends CollectionConfig | GlobalConfig>(config: T): T => ({
  ...config,
  fields: config.fields.map(limit),
})
