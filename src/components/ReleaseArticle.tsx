import type { ReactNode } from 'react'
import { getTranslations } from 'next-intl/server'
import { PressContacts } from '@/components/blocks/PressContacts'
import { DocumentHeading } from '@/components/DocumentHeading'
import { ResponsiveImage } from '@/components/ResponsiveImage'
import { RichTextBody } from '@/components/RichTextBody'
import { FocusAreaLinks } from '@/components/FocusAreaLinks'
import { Text } from '@/components/Text'
import type { Locale } from '@/i18n/locales'
import type { NewsReleaseDetail } from '@/content'
import { formatDateTime, formatLongDate } from '@/i18n/format'

/** A release as readers see it: on its public page, and before its embargo through an embargo link. */
export async function ReleaseArticle({
  release,
  locale,
  notice,
  vcardHref,
  children,
}: {
  release: NewsReleaseDetail
  locale: Locale
  /** Shown above the heading (the embargo banner). */
  notice?: ReactNode
  vcardHref?: string
  children?: ReactNode
}) {
  const [t, scope] = await Promise.all([
    getTranslations({ locale, namespace: 'Release' }),
    getTranslations({ locale, namespace: 'Scope' }),
  ])
  const date = formatLongDate(release.publishedAt, release.timeZone, locale)
  const dateline = release.dateline ? t('dateline', { place: release.dateline.value, date }) : date

  return (
    <article className="page release">
      {notice}
      <DocumentHeading
        locale={locale}
        kind="news-releases"
        title={release.title}
        fallbackLang={release.fallbackLang}
        slug={release.slug}
      />
      <header className="release__header">
        <p className="release__dateline">
          <span lang={release.dateline?.lang !== locale ? release.dateline?.lang : undefined}>
            {dateline}
          </span>
        </p>
        <dl className="release__facts">
          <div>
            <dt>{t('published')}</dt>
            <dd>
              <time dateTime={release.publishedAt}>
                {formatDateTime(release.publishedAt, release.timeZone, locale)}
              </time>
            </dd>
          </div>
          <div>
            <dt>{t('scope')}</dt>
            <dd>{scope(release.scope)}</dd>
          </div>
        </dl>
      </header>
      {release.heroImage ? (
        <ResponsiveImage
          className="release__image"
          image={release.heroImage}
          locale={locale}
          // .release__image: the text column, less the page's padding on narrow screens.
          sizes="(max-width: 44.5rem) calc(100vw - 2.5rem), 42rem"
          // The first large thing on the page: what Lighthouse's LCP waits for.
          priority
        />
      ) : null}
      <Text as="p" className="lead" value={release.summary} locale={locale} />
      <RichTextBody value={release.body} locale={locale} />
      <FocusAreaLinks
        areas={release.focusAreas}
        locale={locale}
        heading={t('focusAreas')}
        id="release-topics"
        as="aside"
        className="release__topics"
      />
      <PressContacts contacts={release.pressContacts} locale={locale} vcardHref={vcardHref} />
      {children}
    </article>
  )
}
