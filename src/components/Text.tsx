import type { ElementType, ReactNode } from 'react'
import type { Translated } from '@/content'
import type { Locale } from '@/i18n/locales'

/** A translated value; where it is the English fallback, it carries lang="en". */
export function Text({
  value,
  locale,
  as: Tag = 'span',
  className,
  children,
}: {
  value: Translated | undefined
  locale: Locale
  as?: ElementType
  className?: string
  children?: ReactNode
}) {
  if (!value) return null
  return (
    <Tag className={className} lang={value.lang !== locale ? value.lang : undefined}>
      {value.value}
      {children}
    </Tag>
  )
}
