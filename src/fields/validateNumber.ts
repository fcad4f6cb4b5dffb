import type { NumberFieldSingleValidation } from 'payload'
import { number } from 'payload/shared'
import { localizedMessage } from '@/i18n/validationMessage'

// Payload turns "abc" into NaN before validating, and then treats NaN as empty: refuse it instead.
export const validateNumber: NumberFieldSingleValidation = (value, options) =>
  typeof value === 'number' && Number.isNaN(value)
    ? localizedMessage(options.req, { en: 'Enter a number.', ja: '数値を入力してください。', es: 'Escriba un número.' })
    : number(value, options)
