import type { TextField, Validate } from 'payload'
import { validationMessage } from '@/i18n/validationMessage'

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
    return required ? validationMessage(req, 'urlRequired') : true
  }
  return isWebUrl(value) ? true : validationMessage(req, 'url')
}

export const urlField = (name: string, overrides: Partial<TextField> = {}): TextField =>
  ({ name, type: 'text', validate: validateUrl, ...overrides }) as TextField
