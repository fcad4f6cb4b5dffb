import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import type { Translated } from '@/content'
import { kindOf, type PublicPageCollection } from '@/documents/kinds'
import { Breadcrumbs } from './Breadcrumbs'
import { FallbackNotice } from './FallbackNotice'
import { Text } from './Text'

/** The top of every document page: Home > its kind's list > title, the fallback notice, the heading. */
export async function DocumentHeading({
  locale,
  kind,
  title,
  fallbackLang,
  slug,
}: {
  locale: Locale
  kind: PublicPageCollection
  title: Translated | undefined
  fallbackLang: Locale | null
  slug: string
}) {
  const nav = await getTranslations({ locale, namespace: 'Nav' })
  const { section, list } = kindOf(kind)
  return (
    <>
      <Breadcrumbs
        locale={locale}
        trail={[
          { name: nav('home'), href: '/' },
          { name: nav(section), href: list },
        ]}
        current={{
          name: title?.value ?? slug,
          lang: title?.lang !== locale ? title?.lang : undefined,
        }}
      />
      <FallbackNotice shownIn={fallbackLang} locale={locale} />
      <Text as="h1" value={title} locale={locale} />
    </>
  )
}
