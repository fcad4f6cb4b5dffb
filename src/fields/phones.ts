import type { ArrayField, FieldHook, TextField, Validate } from 'payload'
import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import { localizedMessage } from '@/i18n/validationMessage'

export const phoneKinds = ['office', 'mobile', 'press', 'outOfHours'] as const
export type PhoneKind = (typeof phoneKinds)[number]

const phoneKindLabels: Record<PhoneKind, { en: string; ja: string; es: string }> = {
  office: { en: 'Office', ja: '事務所', es: 'Oficina' },
  mobile: { en: 'Mobile', ja: '携帯', es: 'Móvil' },
  press: { en: 'Press line', ja: 'プレス専用', es: 'Línea de prensa' },
  outOfHours: { en: 'Out of hours', ja: '時間外', es: 'Fuera de horario' },
}

/** E.164 for a number in international form (+country code), or null when it is not a real number. */
export const toE164 = (value: unknown): string | null => {
  if (typeof value !== 'string' || !value.trim()) return null
  const parsed = parsePhoneNumberFromString(value.trim())
  return parsed?.isValid() ? parsed.number : null
}

const normalisePhone: FieldHook = ({ value }) => toE164(value) ?? value

export const validatePhone: Validate<string> = (value, { req, required }) => {
  if (value === undefined || value === null || value === '') {
    return required
      ? localizedMessage(req, { en: 'A phone number is required.', ja: '電話番号を入力してください。', es: 'Indique un número de teléfono.' })
      : true
  }
  return toE164(value)
    ? true
    : localizedMessage(req, {
        en: 'Enter a valid phone number in international format: + and the country code, e.g. +81 3 1234 5678.',
        ja: '有効な電話番号を国際形式（+と国番号から、例: +81 3 1234 5678）で入力してください。',
        es: 'Escriba un número válido en formato internacional: + y el prefijo del país, p. ej. +34 912 345 678.',
      })
}

export const phoneNumberField = (name: string, overrides: Partial<TextField> = {}): TextField =>
  ({
    name,
    type: 'text',
    validate: validatePhone,
    hooks: { beforeValidate: [normalisePhone] },
    admin: {
      description: {
        en: 'International format, e.g. +81 3 1234 5678 (stored as E.164).',
        ja: '国際形式で入力（例: +81 3 1234 5678）。E.164形式で保存されます。',
        es: 'Formato internacional, p. ej. +81 3 1234 5678 (se guarda en E.164).',
      },
    },
    ...overrides,
  }) as TextField

export const phonesField: ArrayField = {
  name: 'phones',
  type: 'array',
  label: { en: 'Phones', ja: '電話番号', es: 'Teléfonos' },
  labels: {
    singular: { en: 'Phone', ja: '電話番号', es: 'Teléfono' },
    plural: { en: 'Phones', ja: '電話番号', es: 'Teléfonos' },
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'office',
      label: { en: 'Kind', ja: '種類', es: 'Tipo' },
      options: phoneKinds.map((value) => ({ value, label: phoneKindLabels[value] })),
    },
    phoneNumberField('number', { required: true, label: { en: 'Number', ja: '番号', es: 'Número' } }),
  ],
}
