'use client'

import { useParams } from 'next/navigation'
import { Link, usePathname } from '@/i18n/navigation'
import { locales, type Locale } from '@/i18n/locales'

/**
 * Links to the same page in each language, each named in its own language (`names`, looked up on
 * the server: in the browser the lookup would load CLDR data for every language).
 */
export function LanguageSwitcher({
  current,
  label,
  names,
}: {
  current: Locale
  label: string
  names: Record<Locale, string>
}) {
  const pathname = usePathname()
  const params = useParams()
  const { locale: _locale, ...rest } = params as Record<string, string>
  return (
    <nav aria-label={label} className="language-switcher">
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            <Link
              // Same route, same document: only the locale changes.
              href={{ pathname, params: rest } as never}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
            >
              {names[locale]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
