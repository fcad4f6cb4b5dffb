import type { Translated } from '@/content'
import type { Locale } from '@/i18n/locales'
import { foldedMatchRanges } from '@/lib/search/fold'

/** The text with every searched word marked, matched as the search matches (case and accents aside). */
export function Highlight({
  value,
  query,
  locale,
}: {
  value: Translated | undefined
  query: string
  locale: Locale
}) {
  if (!value) return null
  const text = value.value
  const parts: (string | { mark: string })[] = []
  let at = 0
  for (const [start, end] of foldedMatchRanges(text, query.split(' '))) {
    if (start > at) parts.push(text.slice(at, start))
    parts.push({ mark: text.slice(start, end) })
    at = end
  }
  if (at < text.length) parts.push(text.slice(at))
  return (
    <span lang={value.lang !== locale ? value.lang : undefined}>
      {parts.map((part, i) => (typeof part === 'string' ? part : <mark key={i}>{part.mark}</mark>))}
    </span>
  )
}
