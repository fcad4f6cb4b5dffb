import type { CollectionSlug, RelationshipField } from 'payload'
import { blockContactIds } from '@/documents/blockContactIds'
import { locales } from '@/i18n/locales'

/**
 * The contacts placed in the body's press-contact blocks, in any language, kept up to date on every
 * save. References inside rich text can't be queried; this field can, so a change to one of these
 * contacts refreshes the page that shows them (see dependents.ts).
 */
export const inlinePressContactsField = (richTextField: string): RelationshipField => ({
  name: 'inlinePressContacts',
  type: 'relationship',
  relationTo: 'contacts',
  hasMany: true,
  admin: { hidden: true },
  hooks: {
    beforeChange: [
      async ({ siblingData, originalDoc, req, collection }) => {
        // Keyed by text so 12 and "12" count once; the values keep the adapter's own id type.
        const ids = new Map(
          blockContactIds(siblingData?.[richTextField]).map((contact) => [
            String(contact),
            contact,
          ]),
        )
        const id = (originalDoc as { id?: string | number } | undefined)?.id
        if (id !== undefined && collection) {
          // This write carries one language's text; the others are read as saved. Not through `req`:
          // a nested call rewrites req.locale while sibling fields are still being validated.
          const saved = (await req.payload.findByID({
            collection: collection.slug as CollectionSlug,
            id,
            locale: 'all',
            depth: 0,
            overrideAccess: true,
            disableErrors: true,
          })) as Record<string, unknown> | null
          const byLocale = (saved?.[richTextField] ?? {}) as Record<string, unknown>
          for (const locale of locales) {
            if (locale === req.locale && siblingData?.[richTextField] !== undefined) continue
            for (const contact of blockContactIds(byLocale[locale]))
              ids.set(String(contact), contact)
          }
        }
        return [...ids.values()]
      },
    ],
  },
})
