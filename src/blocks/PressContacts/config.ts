import type { Block } from 'payload'
import { tr } from '@/i18n/label'

/**
 * The press-contact block as an inline block of rich text: editors can place "for further
 * information, please contact" anywhere in a release or focus-area text, not only at the end.
 */
export const PressContactsBlock: Block = {
  slug: 'pressContacts',
  interfaceName: 'PressContactsBlock',
  labels: {
    singular: tr('Press contacts', 'プレス窓口', 'Contactos de prensa'),
    plural: tr('Press contacts', 'プレス窓口', 'Contactos de prensa'),
  },
  fields: [
    {
      name: 'heading',
      type: 'text',
      label: tr('Heading', '見出し', 'Encabezado'),
      admin: {
        description: tr(
          'Optional. Left empty, readers see "For further information, please contact" in their language.',
          '任意。空欄の場合は「本件に関するお問い合わせ」が読者の言語で表示されます。',
          'Opcional. Si se deja vacío, se muestra «Para más información, comuníquese con» en el idioma del lector.',
        ),
      },
    },
    {
      name: 'contacts',
      type: 'relationship',
      relationTo: 'contacts',
      hasMany: true,
      required: true,
      filterOptions: { isPressContact: { equals: true } },
      label: tr('Contacts', '連絡先', 'Contactos'),
    },
  ],
}
