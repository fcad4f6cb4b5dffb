import type { TextField, Validate } from 'payload'
import { localizedMessage } from './validationMessage'

/**
 * The organisation's own zone (its secretariat's): the default for new dates and contacts, and the
 * zone in which a date with none of its own is shown (when a focus area was last updated).
 */
export const HOME_TIME_ZONE = 'Asia/Tokyo'

/** IANA names only (Asia/Tokyo, UTC); Intl also accepts offsets like +09:00, which we do not want. */
export const isIanaTimeZone = (value: string): boolean => {
  if (!/^(?:[A-Za-z_+-]+(?:\/[A-Za-z0-9_+-]+)*|UTC)$/.test(value)) return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return true
  } catch {
    return false
  }
}

export const validateTimeZone: Validate<string> = (value, { req, required }) => {
  if (value === undefined || value === null || value === '') {
    return required ? localizedMessage(req, { en: 'A time zone is required.', ja: 'タイムゾーンを入力してください。', es: 'Indique una zona horaria.' }) : true
  }
  return isIanaTimeZone(value)
    ? true
    : localizedMessage(req, {
        en: `"${value}" is not an IANA time zone. Use a name such as Asia/Tokyo or Europe/Zurich.`,
        ja: `「${value}」はIANAタイムゾーンではありません。Asia/Tokyo や Europe/Zurich のような名前を使ってください。`,
        es: `«${value}» no es una zona horaria IANA. Use un nombre como America/Argentina/Buenos_Aires o Asia/Tokyo.`,
      })
}

export const timeZoneField: TextField = {
  name: 'timeZone',
  type: 'text',
  label: { en: 'Time zone', ja: 'タイムゾーン', es: 'Zona horaria' },
  required: true,
  defaultValue: HOME_TIME_ZONE,
  validate: validateTimeZone,
  admin: { description: { en: 'IANA name, e.g. Asia/Tokyo', ja: 'IANA形式（例: Asia/Tokyo）', es: 'Nombre IANA, p. ej. Asia/Tokyo' } },
}
