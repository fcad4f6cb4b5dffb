import type { Field } from 'payload'

type Data = Record<string, unknown>

export const isData = (value: unknown): value is Data =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/**
 * Removes the given locales from every localized value of a document read with locale "all",
 * following the fields into groups, tabs, rows, arrays and blocks. Mutates `data`.
 */
export const removeLocales = (fields: Field[], data: unknown, remove: readonly string[]): void => {
  if (!isData(data)) return
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const tabData = 'name' in tab && tab.name ? data[tab.name] : data
        if ('name' in tab && tab.name && 'localized' in tab && tab.localized)
          dropKeys(tabData, remove)
        else removeLocales(tab.fields, tabData, remove)
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      if ('fields' in field) removeLocales(field.fields, data, remove)
      continue
    }
    const value = data[field.name]
    if ('localized' in field && field.localized) {
      dropKeys(value, remove)
      continue
    }
    if (field.type === 'group') removeLocales(field.fields, value, remove)
    else if (field.type === 'array' && Array.isArray(value))
      value.forEach((row) => removeLocales(field.fields, row, remove))
    else if (field.type === 'blocks' && Array.isArray(value)) {
      for (const row of value) {
        const block = field.blocks.find(
          (candidate) => isData(row) && candidate.slug === row.blockType,
        )
        if (block) removeLocales(block.fields, row, remove)
      }
    }
  }
}

const dropKeys = (value: unknown, keys: readonly string[]) => {
  if (isData(value)) for (const key of keys) delete value[key]
}
