import { getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import type { SiteSettings } from '@/content'

export async function SiteFooter({ locale, settings }: { locale: Locale; settings: SiteSettings }) {
  const t = await getTranslations({ locale, namespace: 'Layout' })
  const nav = await getTranslations({ locale, namespace: 'Nav' })
  return (
    <footer className="site-footer">
      <nav aria-label={t('footerNavigation')}>
        <ul>
          <li>
            <Link href="/">{nav('home')}</Link>
          </li>
          <li>
            <Link href="/focus-areas">{nav('focusAreas')}</Link>
          </li>
          <li>
            <Link href="/news">{nav('news')}</Link>
          </li>
          <li>
            <Link href="/committees">{nav('committees')}</Link>
          </li>
          <li>
            <Link href="/partners">{nav('partners')}</Link>
          </li>
          <li>
            <Link href="/press">{nav('press')}</Link>
          </li>
        </ul>
      </nav>
      <p>{t('copyright', { year: new Date().getFullYear(), organisation: settings.organisationName?.value ?? settings.shortName })}</p>
    </footer>
  )
}
