import type { DateFieldValidation } from 'payload'
import { localizedMessage } from '@/i18n/validationMessage'

export const MAX_LINK_DAYS = 90

/** A new or changed expiry lies ahead, within 90 days: an embargo link is not meant to live forever. */
export const validateExpiry: DateFieldValidation = (value, { req, previousValue, required }) => {
  if (!value) return required ? localizedMessage(req, { en: 'Choose when the link stops working.', ja: 'リンクの有効期限を選んでください。', es: 'Indique cuándo deja de funcionar el enlace.' }) : true
  const at = new Date(value).getTime()
  if (Number.isNaN(at)) return localizedMessage(req, { en: 'Not a valid date.', ja: '日付が正しくありません。', es: 'La fecha no es válida.' })
  if (previousValue && new Date(previousValue).getTime() === at) return true
  if (at <= Date.now()) {
    return localizedMessage(req, { en: 'The expiry must be in the future.', ja: '有効期限は未来の日時にしてください。', es: 'La caducidad debe ser una fecha futura.' })
  }
  if (at > Date.now() + MAX_LINK_DAYS * 86_400_000) {
    return localizedMessage(req, {
      en: `An embargo link lasts at most ${MAX_LINK_DAYS} days.`,
      ja: `解禁前リンクの有効期間は最長${MAX_LINK_DAYS}日です。`,
      es: `Un enlace bajo embargo dura como máximo ${MAX_LINK_DAYS} días.`,
    })
  }
  return true
}
