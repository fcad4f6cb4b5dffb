import { RichText } from '@payloadcms/richtext-lexical/react'
import type { RichTextState, Translated } from '@/lib/content'
import type { Locale } from '@/i18n/locales'

export function RichTextBody({ value, locale }: { value: Translated<RichTextState> | undefined; locale: Locale }) {
  if (!value) return null
  return (
    <div className="prose" lang={value.lang !== locale ? value.lang : undefined}>
      <RichText data={value.value} disableContainer />
    </div>
  )
}
