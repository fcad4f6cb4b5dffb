import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'
import { NewsList, newsListMetadata } from '@/components/NewsList'
import type { Locale } from '@/i18n/locales'
import { localeParams } from '@/i18n/localeParams'
import { firstNewsListPage } from '@/i18n/newsListPath'

// The list's first page, unfiltered, on its own route: the page readers open most is reached directly
// in English and Japanese, and through the Spanish paths' one rule (/es/noticias); other views are
// the proxy's, under news/list/.
type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await localeParams(params)
  return newsListMetadata(locale, firstNewsListPage)
}

export default async function NewsListPage({ params }: Props) {
  const { locale } = await localeParams(params)
  setRequestLocale(locale)
  return <NewsList locale={locale} segments={firstNewsListPage} />
}
