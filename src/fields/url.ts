import type { TextField, Validate } from 'payload'
import { localizedMessage } from '@/i18n/validationMessage'

export const isWebUrl = (value: string): boolean => {
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
  } catch {
    return false
  }
}

export const validateUrl: Validate<string> = (value, { req, required }) => {
  if (value === undefined || value === null || value === '') {
    return required ? localizedMessage(req, { en: 'A web address is required.', ja: 'URLを入力してください。', es: 'Indique una dirección web.' }) : true
  }
  return isWebUrl(value)
    ? true
    : localizedMessage(req, {
        en: 'Enter a full web address starting with https:// (or http://).',
        ja: 'https://（または http://）で始まる完全なURLを入力してください。',
        es: 'Escriba una dirección web completa que empiece por https:// (o http://).',
      })
}

export const urlField = (name: string, overrides: Partial<TextField> = {}): TextField =>
  ({ name, type: 'text', validate: validateUrl, ...overrides }) as TextField
