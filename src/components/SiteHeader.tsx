import { getTranslations } from 'next-intl/server'
import { Link } from '@/components/Link'
import { localeNames, type Locale } from '@/i18n/locales'
import type { SiteSettings } from '@/content'
import { LanguageSwitcher } from './LanguageSwitcher'
import { ResponsiveImage } from './ResponsiveImage'
import { SearchForm } from './SearchForm'
import { siteSections } from '@/site/navigation'

export async function SiteHeader({ locale, settings }: { locale: Locale; settings: SiteSettings }) {
  const t = await getTranslations({ locale, namespace: 'Nav' })
  const layout = await getTranslations({ locale, namespace: 'Layout' })
  const switcher = await getTranslations({ locale, namespace: 'LanguageSwitcher' })
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__brand">
          {settings.logo ? (
            <ResponsiveImage
              image={settings.logo}
              locale={locale}
              // Decorative next to the name; 2.5rem high (layout.css), as wide as its shape makes it.
              decorative
              sizes={`${((2.5 * (settings.logo.width ?? 1)) / (settings.logo.height ?? 1)).toFixed(2)}rem`}
            />
          ) : null}
          <span className="site-header__short">{settings.shortName}</span>
          {settings.organisationName ? (
            <span
              className="site-header__name"
              lang={
                settings.organisationName.lang !== locale
                  ? settings.organisationName.lang
                  : undefined
              }
            >
              {settings.organisationName.value}
            </span>
          ) : null}
        </Link>
        <nav aria-label={layout('mainNavigation')} className="site-nav">
          <ul>
            {siteSections.map(({ key, href }) => (
              <li key={key}>
                <Link href={href}>{t(key)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchForm locale={locale} id="site-search" />
        <LanguageSwitcher current={locale} label={switcher('label')} names={localeNames()} />
      </div>
    </header>
  )
}
