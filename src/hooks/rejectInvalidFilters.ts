import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'
import { APIError } from 'payload'
import { apiText, type ApiMessageKey, type ApiMessageValues } from '@/api-guards/messages'
import { isLocale } from '@/i18n/locales'

// Operators that compare with one value: a list or an object there fails in the database.
const oneValueComparisons = [
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
]
const comparisons = new Set([...oneValueComparisons, 'in', 'not_in', 'all'])
const singleValued = new Set([...oneValueComparisons, 'like', 'not_like', 'contains', 'exists'])
// Geometry operators work on point fields only.
const geometric = new Set(['near', 'within', 'intersects'])

const valuesOf = (operator: string, value: unknown): unknown[] => {
  if (Array.isArray(value)) return value
  if (
    (operator === 'in' || operator === 'not_in' || operator === 'all') &&
    typeof value === 'string'
  )
    return value.split(',')
  return [value]
}

const isDate = (value: unknown) =>
  value === null ||
  value instanceof Date ||
  ((typeof value === 'string' || typeof value === 'number') &&
    !Number.isNaN(new Date(value).getTime()))
const isWholeNumber = (value: unknown) =>
  value === null ||
  (typeof value === 'number' && Number.isInteger(value)) ||
  (typeof value === 'string' && /^\d{1,15}$/.test(value))
const isNumeric = (value: unknown) =>
  value === null ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))

type Kind = 'date' | 'id' | 'number'

/**
 * A 400 whose message Payload shows. Named outright: Payload answers an error without a name as "An
 * unknown error occurred.", and the production build's minifier leaves APIError's own name empty.
 */
class InvalidFilterError extends APIError {
  constructor(message: string) {
    super(message, 400, undefined, true)
    this.name = 'InvalidFilterError'
  }
}

const refuse = (req: PayloadRequest, key: ApiMessageKey, values: ApiMessageValues): never => {
  const language = req.i18n?.language
  throw new InvalidFilterError(apiText(isLocale(language) ? language : 'en', key, values))
}
const shown = (value: unknown) => String(value).slice(0, 100)

/**
 * A filter value of the wrong kind would fail deep in the database adapter (a 500), or be read as
 * something else (`1abc` as the id 1): `where[publishedAt][greater_than]=soon`, `where[id][in]=1,abc`,
 * `where[focusAreas][equals]=abc`, a list where one value goes (`where[id][equals][0]=1`) and a
 * geometry operator on a text (`where[title][near]=1,2`) are answered 400 with a message instead.
 */
export const rejectInvalidFilters: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const where = (args as { where?: Where }).where
  if (!where) return args
  const numericIds = req.payload.db.defaultIDType === 'number'
  const kinds = new Map<string, Kind>([
    ['createdAt', 'date'],
    ['updatedAt', 'date'],
  ])
  if (numericIds) kinds.set('id', 'id')
  const points = new Set<string>()
  for (const field of collection.flattenedFields) {
    if (field.type === 'point') points.add(field.name)
    if (field.type === 'date') kinds.set(field.name, 'date')
    else if (field.type === 'number') kinds.set(field.name, 'number')
    else if (
      (field.type === 'relationship' || field.type === 'upload') &&
      typeof field.relationTo === 'string' &&
      numericIds
    )
      kinds.set(field.name, 'id')
  }

  const check = (clause: Where) => {
    for (const [key, condition] of Object.entries(clause)) {
      if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
        condition.forEach((inner) => check(inner as Where))
        continue
      }
      if (!condition || typeof condition !== 'object') continue
      const kind = kinds.get(key)
      for (const [operator, value] of Object.entries(condition)) {
        if (singleValued.has(operator) && value !== null && typeof value === 'object')
          refuse(req, 'filterOneValue', { field: key, operator })
        if (geometric.has(operator) && !points.has(key))
          refuse(req, 'filterOperator', { field: key, operator })
        if (!kind || !comparisons.has(operator)) continue
        for (const item of valuesOf(operator, value)) {
          if (kind === 'id' && !isWholeNumber(item))
            refuse(req, 'notAnId', { value: shown(item), field: key })
          if (kind === 'number' && !isNumeric(item))
            refuse(req, 'notANumber', { value: shown(item), field: key })
          if (kind === 'date' && !isDate(item))
            refuse(req, 'notADate', { value: shown(item), field: key })
        }
      }
    }
  }
  check(where)
  return args
}
