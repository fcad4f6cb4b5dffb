import type { DateFieldValidation } from 'payload'
import { validationMessage } from '@/i18n/validationMessage'

export const MAX_LINK_DAYS = 90

/** A new or changed expiry lies ahead, within 90 days: an embargo link is not meant to live forever. */
export const validateExpiry: DateFieldValidation = (value, { req, previousValue, required }) => {
  if (!value) return required ? validationMessage(req, 'expiryRequired') : true
  const at = new Date(value).getTime()
  if (Number.isNaN(at)) return validationMessage(req, 'notADate')
  if (previousValue && new Date(previousValue).getTime() === at) return true
  if (at <= Date.now()) {
    return validationMessage(req, 'expiryPast')
  }
  if (at > Date.now() + MAX_LINK_DAYS * 86_400_000) {
    return validationMessage(req, 'expiryTooFar', { days: MAX_LINK_DAYS })
  }
  return true
}
