import type { RichTextFieldValidation } from 'payload'
import { richText } from 'payload/shared'
import { unsafeLinks } from './unsafeLinks'
import { localizedMessage } from '@/i18n/validationMessage'

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
      const shown = unsafe.slice(0, 40)
      return localizedMessage(options.req, {
        en: `A link may only lead to a web page (http, https), an e-mail (mailto) or a phone number (tel), not "${shown}".`,
        ja: `リンク先に使えるのはウェブページ（http、https）、メール（mailto）、電話番号（tel）だけです。「${shown}」は使えません。`,
        es: `Un enlace solo puede llevar a una página web (http, https), un correo (mailto) o un teléfono (tel), no a «${shown}».`,
      })
    }
    return richText(value, options)
  }
  return localizedMessage(options.req, {
    en: 'Rich text must be a Lexical editor state ({ "root": { "type": "root", "children": [...] } }).',
    ja: 'リッチテキストはLexicalエディターの形式（{ "root": { "type": "root", "children": [...] } }）で送ってください。',
    es: 'El texto enriquecido debe ser un estado del editor Lexical ({ "root": { "type": "root", "children": [...] } }).',
  })
}
