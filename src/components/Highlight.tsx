import type { Translated } from '@/lib/content'
import type { Locale } from '@/i18n/locales'

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The text with every searched word marked, case-insensitively. */
export function Highlight({ value, query, locale }: { value: Translated | undefined; query: string; locale: Locale }) {
  if (!value) return null
  const words = query.split(' ').filter(Boolean)
  const parts = words.length ? value.value.split(new RegExp(`(${words.map(escape).join('|')})`, 'gi')) : [value.value]
  return (
    <span lang={value.lang !== locale ? value.lang : undefined}>
      {parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part))}
    </span>
  )
}
