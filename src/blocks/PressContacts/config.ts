import type { Block } from 'payload'
import { label, labels } from '@/i18n/label'

/**
 * The press-contact block as an inline block of rich text: editors can place "for further
 * information, please contact" anywhere in a release or focus-area text, not only at the end.
 */
export const PressContactsBlock: Block = {
  slug: 'pressContacts',
  interfaceName: 'PressContactsBlock',
  labels: labels('Blocks.pressContacts'),
  fields: [
    {
      name: 'heading',
      type: 'text',
      label: label('Fields.heading'),
      admin: {
        description: label('Fields.pressContactsHeadingHelp'),
      },
    },
    {
      name: 'contacts',
      type: 'relationship',
      relationTo: 'contacts',
      hasMany: true,
      required: true,
      filterOptions: { isPressContact: { equals: true } },
      label: label('Fields.contacts'),
    },
  ],
}
