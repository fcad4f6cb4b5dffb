import { type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'
import { PressContacts } from '@/components/blocks/PressContacts'
import type { PressContact, RichTextState, Translated } from '@/content'
import type { Locale } from '@/i18n/locales'

/** Inline blocks rendered as on the rest of the site; their data was made public by the read layer. */
const convertersFor =
  (locale: Locale): JSXConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    blocks: {
      pressContacts: ({ node }: { node: { fields: unknown } }) => {
        const fields = node.fields as {
          id?: string
          heading?: string | null
          contacts?: PressContact[]
        }
        return (
          <PressContacts
            contacts={fields.contacts ?? []}
            locale={locale}
            heading={fields.heading || undefined}
            headingId={`press-contacts-${fields.id ?? 'inline'}`}
          />
        )
      },
    },
  })

export function RichTextBody({
  value,
  locale,
}: {
  value: Translated<RichTextState> | undefined
  locale: Locale
}) {
  if (!value) return null
  return (
    <div className="prose" lang={value.lang !== locale ? value.lang : undefined}>
      <RichText data={value.value} converters={convertersFor(locale)} disableContainer />
    </div>
  )
}
