import { getTranslations } from 'next-intl/server'
import { Link } from '@/components/Link'
import type { Locale } from '@/i18n/locales'
import type { SiteSettings } from '@/content'
import { siteSections } from '@/site/navigation'
import { organisationName } from '@/site/organisation'

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
          {siteSections.map(({ key, href }) => (
            <li key={key}>
              <Link href={href}>{nav(key)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <p>
        {t('copyright', {
          year: new Date().getFullYear(),
          organisation: organisationName(settings),
        })}
      </p>
    </footer>
  )
}
