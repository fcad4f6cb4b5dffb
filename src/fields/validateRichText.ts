import type { RichTextFieldValidation } from 'payload'
import { richText } from 'payload/shared'
import { unsafeLinks } from './unsafeLinks'
import { validationMessage } from '@/i18n/validationMessage'

const isLexicalState = (value: unknown): boolean => {
  const root = (value as { root?: { type?: unknown; children?: unknown } } | null)?.root
  return Boolean(root) && root?.type === 'root' && Array.isArray(root?.children)
}

// Payload stores any value a client sends for rich text; a plain string would break every page showing it.
export const validateRichText: RichTextFieldValidation = (value, options) => {
  if (value === null || value === undefined) return richText(value, options)
  if (isLexicalState(value)) {
    const [unsafe] = unsafeLinks(value)
    if (unsafe !== undefined) {
      return validationMessage(options.req, 'richTextLink', { link: unsafe.slice(0, 40) })
    }
    return richText(value, options)
  }
  return validationMessage(options.req, 'richTextShape')
}
