import type { Block, Field } from 'payload'

import { isData } from '@/lib/localizedValues'

type Data = Record<string, unknown>

/** Fields that hooks or uploads keep, never written back as they were read. */
const KEPT_BY_SERVER = new Set([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'searchText',
  'translationStatus',
  'inlinePressContacts',
])

/**
 * One language of a document read with locale "all", shaped for a write in that language: the
 * localized values of `locale`, the shared ones as they are, array and block rows keeping their ids
 * so every language's write fills the same rows.
 */
export const forLocale = (fields: Field[], data: unknown, locale: string): Data => {
  const out: Data = {}
  if (!isData(data)) return out
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const value =
            'localized' in tab && tab.localized
              ? (data[tab.name] as Data | undefined)?.[locale]
              : data[tab.name]
          if (value !== undefined) out[tab.name] = forLocale(tab.fields, value, locale)
        } else Object.assign(out, forLocale(tab.fields, data, locale))
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      if ('fields' in field) Object.assign(out, forLocale(field.fields, data, locale))
      continue
    }
    if (
      field.type === 'ui' ||
      field.type === 'join' ||
      KEPT_BY_SERVER.has(field.name) ||
      ('virtual' in field && field.virtual)
    )
      continue
    let value = data[field.name]
    if ('localized' in field && field.localized) value = isData(value) ? value[locale] : undefined
    if (value === undefined) continue
    out[field.name] = shape(field, value, locale)
  }
  return out
}

const shape = (field: Field, value: unknown, locale: string): unknown => {
  if (field.type === 'group' && 'fields' in field) return forLocale(field.fields, value, locale)
  if (field.type === 'array' && Array.isArray(value))
    return value.map((row) => ({ id: (row as Data)?.id, ...forLocale(field.fields, row, locale) }))
  if (field.type === 'blocks' && Array.isArray(value)) {
    return value.map((row) => {
      const block = blockOf(field.blocks, row)
      return block
        ? {
            id: (row as Data).id,
            blockType: (row as Data).blockType,
            blockName: (row as Data).blockName,
            ...forLocale(block.fields, row, locale),
          }
        : row
    })
  }
  return value
}

export const blockOf = (blocks: (Block | string)[], row: unknown): Block | undefined =>
  blocks.find(
    (block): block is Block =>
      typeof block === 'object' && isData(row) && block.slug === row.blockType,
  )

const SIMPLE = new Set([
  'text',
  'textarea',
  'email',
  'number',
  'select',
  'date',
  'checkbox',
  'code',
  'json',
  'point',
  'radio',
])

/** The plain values of a one-language document, enough to create it before what it links to exists. */
export const plainValues = (fields: Field[], data: Data): Data => {
  const out: Data = {}
  for (const field of fields) {
    if ('name' in field && field.name && SIMPLE.has(field.type) && data[field.name] !== undefined)
      out[field.name] = data[field.name]
    else if (!('name' in field) && 'fields' in field)
      Object.assign(out, plainValues(field.fields, data))
  }
  return out
}
