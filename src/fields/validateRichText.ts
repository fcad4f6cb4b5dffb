import type { RichTextFieldValidation } from 'payload'
import { richText } from 'payload/shared'
import { localizedMessage } from './validationMessage'

const isLexicalState = (value: unknown): boolean => {
  const root = (value as { root?: { type?: unknown; children?: unknown } } | null)?.root
  return Boolean(root) && root?.type === 'root' && Array.isArray(root?.children)
}

// Payload stores any value a client sends for rich text; a plain string would break every page showing it.
export const validateRichText: RichTextFieldValidation = (value, options) => {
  if (value === null || value === undefined) return richText(value, options)
  return isLexicalState(value)
    ? richText(value, options)
    : localizedMessage(options.req, {
        en: 'Rich text must be a Lexical editor state ({ "root": { "type": "root", "children": [...] } }).',
        ja: 'リッチテキストはLexicalエディターの形式（{ "root": { "type": "root", "children": [...] } }）で送ってください。',
        es: 'El texto enriquecido debe ser un estado del editor Lexical ({ "root": { "type": "root", "children": [...] } }).',
      })
}
