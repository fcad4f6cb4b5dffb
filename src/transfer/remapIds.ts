// A document's references rewritten from the exporting database's ids to the importing one's.
import type { Block, Field } from 'payload'
import { isData } from '@/lib/localizedValues'
import { blockOf } from './fields'

type Data = Record<string, unknown>

export type MapId = (collection: string, id: unknown) => unknown

const idOf = (value: unknown): unknown => (isData(value) && 'id' in value ? value.id : value)

/**
 * Replaces every reference to another document (relationship and upload fields, references in
 * rich text, the rich-text blocks' own fields) with `mapId`'s answer; a reference it cannot map is
 * dropped. Works on the one-language data of forLocale.
 */
export const remapIds = (
  fields: Field[],
  data: Data,
  mapId: MapId,
  richTextBlocks: Block[],
): Data => {
  const out: Data = { ...data }
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          if (isData(out[tab.name]))
            out[tab.name] = remapIds(tab.fields, out[tab.name] as Data, mapId, richTextBlocks)
        } else Object.assign(out, remapIds(tab.fields, out, mapId, richTextBlocks))
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      if ('fields' in field) Object.assign(out, remapIds(field.fields, out, mapId, richTextBlocks))
      continue
    }
    const value = out[field.name]
    if (value === undefined || value === null) continue
    if (field.type === 'relationship' || field.type === 'upload')
      out[field.name] = remapReference(field.relationTo, value, mapId)
    else if (field.type === 'group')
      out[field.name] = isData(value) ? remapIds(field.fields, value, mapId, richTextBlocks) : value
    else if (field.type === 'array' && Array.isArray(value))
      out[field.name] = value.map((row) =>
        isData(row) ? remapIds(field.fields, row, mapId, richTextBlocks) : row,
      )
    else if (field.type === 'blocks' && Array.isArray(value)) {
      out[field.name] = value.map((row) => {
        const block = blockOf(field.blocks, row)
        return block && isData(row) ? remapIds(block.fields, row, mapId, richTextBlocks) : row
      })
    } else if (field.type === 'richText')
      out[field.name] = remapLexical(value, mapId, richTextBlocks)
  }
  return out
}

const remapReference = (relationTo: string | string[], value: unknown, mapId: MapId): unknown => {
  const one = (item: unknown) => {
    if (Array.isArray(relationTo)) {
      if (!isData(item) || typeof item.relationTo !== 'string') return undefined
      const mapped = mapId(item.relationTo, idOf(item.value))
      return mapped === undefined ? undefined : { relationTo: item.relationTo, value: mapped }
    }
    return mapId(relationTo, idOf(item))
  }
  if (Array.isArray(value)) return value.map(one).filter((item) => item !== undefined)
  return one(value) ?? null
}

/** Lexical JSON: upload and relationship nodes, internal links, and block nodes' fields. */
const remapLexical = (node: unknown, mapId: MapId, blocks: Block[]): unknown => {
  if (Array.isArray(node)) return node.map((child) => remapLexical(child, mapId, blocks))
  if (!isData(node)) return node
  const out: Data = {}
  for (const [key, value] of Object.entries(node)) out[key] = remapLexical(value, mapId, blocks)
  if (
    (out.type === 'upload' || out.type === 'relationship') &&
    typeof out.relationTo === 'string'
  ) {
    out.value = mapId(out.relationTo, idOf(out.value)) ?? null
  }
  if (isData(out.fields)) {
    const fields = out.fields
    if (isData(fields.doc) && typeof fields.doc.relationTo === 'string') {
      fields.doc = {
        relationTo: fields.doc.relationTo,
        value: mapId(fields.doc.relationTo, idOf(fields.doc.value)) ?? null,
      }
    }
    const block =
      out.type === 'block'
        ? blocks.find((candidate) => candidate.slug === fields.blockType)
        : undefined
    if (block) out.fields = remapIds(block.fields, fields, mapId, blocks)
  }
  return out
}
