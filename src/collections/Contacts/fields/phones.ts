import type { ArrayField, FieldHook, TextField, Validate } from 'payload'
import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import { validationMessage } from '@/i18n/validationMessage'
import { phoneKinds } from '@/documents/choices'
import { label, options } from '@/i18n/label'

/** E.164 for a number in international form (+country code), or null when it is not a real number. */
export const toE164 = (value: unknown): string | null => {
  if (typeof value !== 'string' || !value.trim()) return null
  const parsed = parsePhoneNumberFromString(value.trim())
  return parsed?.isValid() ? parsed.number : null
}

const normalisePhone: FieldHook = ({ value }) => toE164(value) ?? value

export const validatePhone: Validate<string> = (value, { req, required }) => {
  if (value === undefined || value === null || value === '') {
    return required ? validationMessage(req, 'phoneRequired') : true
  }
  return toE164(value) ? true : validationMessage(req, 'phone')
}

export const phoneNumberField = (name: string, overrides: Partial<TextField> = {}): TextField =>
  ({
    name,
    type: 'text',
    validate: validatePhone,
    hooks: { beforeValidate: [normalisePhone] },
    admin: {
      description: label('Fields.phoneNumberHelp'),
    },
    ...overrides,
  }) as TextField

export const phonesField: ArrayField = {
  name: 'phones',
  type: 'array',
  label: label('Fields.phones'),
  labels: {
    singular: label('Fields.phone'),
    plural: label('Fields.phones'),
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'office',
      label: label('Fields.phoneKind'),
      // Labelled as release pages and vCards label them (messages/*.json, "PressContacts.kind").
      options: options('PressContacts.kind', phoneKinds),
    },
    phoneNumberField('number', { required: true, label: label('Fields.phoneNumber') }),
  ],
}
