import type { CollectionSlug, Validate } from 'payload'
import { localizedMessage } from '@/i18n/validationMessage'
import { findSlugOwner } from './findSlugOwner'
import { SLUG_PATTERN } from '@/lib/slugify'

export const validateSlug: Validate<string> = async (value, { req, id, collectionSlug }) => {
  if (typeof value !== 'string' || !SLUG_PATTERN.test(value)) {
    return localizedMessage(req, {
      en: 'A slug uses only lowercase letters a–z, digits and single hyphens, e.g. "safe-migration-manual".',
      ja: 'スラッグには半角英小文字（a–z）、数字、ハイフンのみ使えます（例: safe-migration-manual）。',
      es: 'El slug solo admite letras minúsculas a–z, cifras y guiones simples, p. ej. «safe-migration-manual».',
    })
  }
  if (req?.payload && collectionSlug && (await findSlugOwner(req, collectionSlug as CollectionSlug, value, id))) {
    return localizedMessage(req, {
      en: `The slug "${value}" is already used by another document.`,
      ja: `スラッグ「${value}」は別のドキュメントで使われています。`,
      es: `El slug «${value}» ya lo usa otro documento.`,
    })
  }
  return true
}
