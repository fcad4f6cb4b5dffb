import type { TextField, Validate } from 'payload'
import { localizedMessage } from '@/i18n/validationMessage'
import { HOME_TIME_ZONE, isIanaTimeZone } from '@/lib/timeZones'

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
