import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import type { Translated } from '@/content'
import { Breadcrumbs } from './Breadcrumbs'
import { FallbackNotice } from './FallbackNotice'
import { Text } from './Text'

const sections = {
  news: '/news',
  focusAreas: '/focus-areas',
  committees: '/committees',
  partners: '/partners',
} as const

/** The top of every document page: Home > section > title, the fallback notice, the heading. */
export async function DocumentHeading({
  locale,
  section,
  title,
  fallbackLang,
  slug,
}: {
  locale: Locale
  section: keyof typeof sections
  title: Translated | undefined
  fallbackLang: Locale | null
  slug: string
}) {
  const nav = await getTranslations({ locale, namespace: 'Nav' })
  return (
    <>
      <Breadcrumbs
        locale={locale}
        trail={[
          { name: nav('home'), href: '/' },
          { name: nav(section), href: sections[section] },
        ]}
        current={{ name: title?.value ?? slug, lang: title?.lang !== locale ? title?.lang : undefined }}
      />
      <FallbackNotice shownIn={fallbackLang} locale={locale} />
      <Text as="h1" value={title} locale={locale} />
    </>
  )
}
