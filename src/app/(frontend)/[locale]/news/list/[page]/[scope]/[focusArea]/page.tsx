import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'
import { NewsList, newsListMetadata } from '@/components/NewsList'
import type { Locale } from '@/i18n/locales'
import { localeParams } from '@/i18n/localeParams'

// Readers see /news?page=2&scope=…&focusArea=…; the proxy maps that here (see newsListPath), so
// every view is rendered on its first request and then cached until its tags are revalidated.
export const generateStaticParams = () => []

type Props = { params: Promise<{ locale: Locale; page: string; scope: string; focusArea: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, ...segments } = await localeParams(params)
  return newsListMetadata(locale, segments)
}

export default async function NewsListViewPage({ params }: Props) {
  const { locale, ...segments } = await localeParams(params)
  setRequestLocale(locale)
  return <NewsList locale={locale} segments={segments} />
}
