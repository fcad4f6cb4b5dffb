'use client'

import { useParams } from 'next/navigation'
import { Link, usePathname } from '@/i18n/navigation'
import { localeNames, locales, type Locale } from '@/i18n/locales'

/** Links to the same page in each language, each named in its own language. */
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
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
              {localeNames[locale]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
