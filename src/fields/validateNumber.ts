import type { NumberFieldSingleValidation } from 'payload'
import { number } from 'payload/shared'
import { validationMessage } from '@/i18n/validationMessage'

// Payload turns "abc" into NaN before validating, and then treats NaN as empty: refuse it instead.
export const validateNumber: NumberFieldSingleValidation = (value, options) =>
  typeof value === 'number' && Number.isNaN(value)
    ? validationMessage(options.req, 'number')
    : number(value, options)
