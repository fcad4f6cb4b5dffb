import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { Link } from '@/components/Link'
import { defaultLocale, isLocale } from '@/i18n/locales'

// Next uses this when a page's generateMetadata calls notFound(): so every page that can be a 404
// calls it there too, or the title stays the site's own name.
export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>
}): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({
    locale: isLocale(locale) ? locale : defaultLocale,
    namespace: 'NotFound',
  })
  return { title: t('title') }
}

export default async function NotFound() {
  const locale = await getLocale()
  const t = await getTranslations({ locale, namespace: 'NotFound' })
  return (
    <div className="page page--narrow">
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>
        <Link href="/">{t('home')}</Link>
      </p>
    </div>
  )
}
