import type { TextareaField } from 'payload'
import { foldForSearch } from '@/lib/search/fold'
import { lexicalPlainText } from '@/lib/search/plainText'

export type Read = (name: string) => unknown

const toText = (value: unknown): string => {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.map(toText).join('\n')
  if (value && typeof value === 'object' && 'root' in value) return lexicalPlainText(value)
  return ''
}

/** The words of the values `collect` picks, in the form searches compare, for the locale being saved. */
export const savedText = (
  collect: (read: Read) => unknown[],
  siblingData: Record<string, unknown> | undefined,
  originalDoc: unknown,
): string => {
  const read: Read = (name) =>
    siblingData?.[name] !== undefined
      ? siblingData[name]
      : (originalDoc as Record<string, unknown> | undefined)?.[name]
  return foldForSearch(collect(read).map(toText).filter(Boolean).join('\n'))
}

/**
 * The document's words in one language, folded for matching (see foldForSearch), kept up to date
 * on every save: the public search matches the reader's words against it, body text included.
 * `collect` picks the values to index; it reads the saved value of any field the write left out.
 */
export const searchTextField = (collect: (read: Read) => unknown[]): TextareaField => ({
  name: 'searchText',
  type: 'textarea',
  localized: true,
  // Not `hidden`: hidden fields can't be queried by the anonymous reader's search. Kept out of the
  // admin here, and out of every response by the collection's omitSearchText hook.
  admin: { hidden: true, disableListColumn: true, disableListFilter: true },
  hooks: {
    beforeChange: [({ siblingData, originalDoc }) => savedText(collect, siblingData, originalDoc)],
  },
})
