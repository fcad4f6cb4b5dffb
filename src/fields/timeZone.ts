import type { TextField, Validate } from 'payload'
import { validationMessage } from '@/i18n/validationMessage'
import { HOME_TIME_ZONE, isIanaTimeZone } from '@/lib/timeZones'
import { label } from '@/i18n/label'

export const validateTimeZone: Validate<string> = (value, { req, required }) => {
  if (value === undefined || value === null || value === '') {
    return required ? validationMessage(req, 'timeZoneRequired') : true
  }
  return isIanaTimeZone(value) ? true : validationMessage(req, 'timeZone', { zone: value })
}

export const timeZoneField: TextField = {
  name: 'timeZone',
  type: 'text',
  label: label('Fields.timeZone'),
  required: true,
  defaultValue: HOME_TIME_ZONE,
  validate: validateTimeZone,
  admin: { description: label('Fields.timeZoneHelp') },
}
