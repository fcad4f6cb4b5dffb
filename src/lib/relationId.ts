/**
 * The id in a relation's value, however Payload returned it: the id itself, the populated
 * document, or a polymorphic `{ relationTo, value }`.
 */
export const relationId = (value: unknown): string | number | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object') {
    const ref = value as { value?: unknown; id?: unknown }
    return relationId(ref.value ?? ref.id)
  }
  return undefined
}
