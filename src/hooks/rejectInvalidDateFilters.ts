import type { CollectionBeforeOperationHook, Where } from 'payload'
import { APIError } from 'payload'
import { localizedMessage } from '@/fields/validationMessage'

const comparisons = new Set(['equals', 'not_equals', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'in', 'not_in'])

const valuesOf = (operator: string, value: unknown): unknown[] => {
  if (Array.isArray(value)) return value
  if ((operator === 'in' || operator === 'not_in') && typeof value === 'string') return value.split(',')
  return [value]
}

const isDate = (value: unknown) =>
  value === null || value instanceof Date || ((typeof value === 'string' || typeof value === 'number') && !Number.isNaN(new Date(value).getTime()))

/** `where[publishedAt][greater_than]=soon` would fail deep in the database adapter; answer 400 instead. */
export const rejectInvalidDateFilters: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const where = (args as { where?: Where }).where
  if (!where) return args
  const dateFields = new Set(['createdAt', 'updatedAt', ...collection.flattenedFields.filter((f) => f.type === 'date').map((f) => f.name)])

  const check = (clause: Where) => {
    for (const [key, condition] of Object.entries(clause)) {
      if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
        condition.forEach((inner) => check(inner as Where))
        continue
      }
      if (!dateFields.has(key) || !condition || typeof condition !== 'object') continue
      for (const [operator, value] of Object.entries(condition)) {
        if (!comparisons.has(operator)) continue
        const bad = valuesOf(operator, value).find((v) => !isDate(v))
        if (bad !== undefined) {
          throw new APIError(
            localizedMessage(req, {
              en: `"${String(bad)}" is not a date (filter on ${key}). Use ISO 8601, e.g. 2026-05-12 or 2026-05-12T10:00:00+09:00.`,
              ja: `「${String(bad)}」は日付ではありません（${key} の絞り込み）。2026-05-12 や 2026-05-12T10:00:00+09:00 のようなISO 8601形式を使ってください。`,
              es: `«${String(bad)}» no es una fecha (filtro sobre ${key}). Use ISO 8601, p. ej. 2026-05-12 o 2026-05-12T10:00:00+09:00.`,
            }),
            400,
            undefined,
            true,
          )
        }
      }
    }
  }
  check(where)
  return args
}
