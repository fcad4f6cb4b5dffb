import type { CollectionSlug, FieldHook } from 'payload'
import { randomBytes } from 'node:crypto'
import { defaultLocale } from '@/i18n/locales'
import { preserveRequestLocale } from '@/lib/preserveRequestLocale'
import { findSlugOwner } from './findSlugOwner'
import { slugify } from '@/lib/slugify'

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '')

/**
 * Fills an empty slug from the English source field (Payload's own slugify would empty a Japanese title).
 * Order: English value, then the value in the locale being written (works for Spanish), then a
 * readable prefix with a random suffix so a Japanese-only title still gets a usable slug.
 */
export const generateSlug =
  (sourceFields: string[], fallbackPrefix: string): FieldHook =>
  async ({ value, data, originalDoc, req, collection, operation }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value) || value
    if (value === undefined && operation === 'update' && originalDoc?.slug) return originalDoc.slug
    if (!collection) return value

    const candidates: string[] = []
    const locale = req.locale
    if (!locale || locale === defaultLocale) {
      for (const field of sourceFields) candidates.push(textOf(data?.[field]))
    } else {
      if (originalDoc?.id !== undefined) {
        const english = await preserveRequestLocale(req, () =>
          req.payload.findByID({
            collection: collection.slug as CollectionSlug,
            id: originalDoc.id,
            locale: defaultLocale,
            fallbackLocale: false,
            depth: 0,
            draft: true,
            overrideAccess: true,
            req,
          }),
        )
        for (const field of sourceFields)
          candidates.push(textOf((english as unknown as Record<string, unknown>)[field]))
      }
      for (const field of sourceFields) candidates.push(textOf(data?.[field]))
    }

    const base =
      candidates.map(slugify).find(Boolean) ?? `${fallbackPrefix}-${randomBytes(3).toString('hex')}`
    // A generated slug never fails on a clash: number it instead.
    let slug = base
    for (
      let n = 2;
      await findSlugOwner(req, collection.slug as CollectionSlug, slug, originalDoc?.id);
      n++
    ) {
      slug = `${base}-${n}`
    }
    return slug
  }
