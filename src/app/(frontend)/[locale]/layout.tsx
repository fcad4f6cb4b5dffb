import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'
import { hasLocale, NextIntlClientProvider } from 'next-intl'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'
import { PreviewBanner } from '@/components/PreviewBanner'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { routing } from '@/i18n/routing'
import { getSiteSettings } from '@/content'
import { siteUrl } from '@/lib/siteUrl'
import { organisationName } from '@/site/organisation'
// The site's styles, in cascade order: base and tokens first, print and banners last.
import './styles/base.css'
import './styles/layout.css'
import './styles/releases.css'
import './styles/press.css'
import './styles/controls.css'
import './styles/print.css'
import './styles/banners.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

// Nothing is prerendered at build time (there is no database then); each page is rendered on its
// first request and then served from Next's cache until a publish revalidates its tags.
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const settings = await getSiteSettings(locale)
  const name = settings.shortName || settings.organisationName?.value || 'Beacon'
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: organisationName(settings) || name, template: `%s · ${name}` },
    description: settings.tagline?.value,
    openGraph: { siteName: organisationName(settings) || name, locale, type: 'website' },
    // Drafts shown to staff are never for search engines.
    ...((await draftMode()).isEnabled
      ? { robots: { index: false, follow: false, nocache: true } }
      : {}),
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const [settings, t, messages, preview, draft] = await Promise.all([
    getSiteSettings(locale),
    getTranslations({ locale, namespace: 'Layout' }),
    getMessages({ locale }),
    getTranslations({ locale, namespace: 'Preview' }),
    draftMode(),
  ])
  return (
    <html lang={locale}>
      <body>
        {/* Links and the language switcher need the locale in the browser; of the messages, only the
            error page's go there: everything else renders on the server. */}
        <NextIntlClientProvider locale={locale} messages={{ Error: messages.Error }}>
          <a className="skip-link" href="#main">
            {t('skipToContent')}
          </a>
          {draft.isEnabled && <PreviewBanner text={preview('banner')} exit={preview('exit')} />}
          <SiteHeader locale={locale} settings={settings} />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter locale={locale} settings={settings} />
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
