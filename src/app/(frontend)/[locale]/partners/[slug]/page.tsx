import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { DocumentHeading } from '@/components/DocumentHeading'
import { FocusAreaLinks } from '@/components/FocusAreaLinks'
import { Text } from '@/components/Text'
import type { Locale } from '@/i18n/locales'
import { getPartner } from '@/content'
import { documentMetadata } from '@/site/metadata'
import { alternatesFor } from '@/site/urls'
import { localeParams } from '@/i18n/localeParams'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

// Rendered on first request, then cached (see the layout).
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await localeParams(params)
  const partner = await getPartner(locale, slug)
  if (!partner) notFound()
  return documentMetadata({
    locale,
    seo: partner.seo,
    title: partner.name,
    description: partner.description,
    image: partner.logo,
    alternates: alternatesFor(
      locale,
      { pathname: '/partners/[slug]', params: { slug } },
      partner.availableLocales,
    ),
  })
}

export default async function PartnerPage({ params }: Props) {
  const { locale, slug } = await localeParams(params)
  setRequestLocale(locale)
  const [partner, t] = await Promise.all([
    getPartner(locale, slug),
    getTranslations({ locale, namespace: 'Partners' }),
  ])
  if (!partner) notFound()
  // The country in the reader's language, from the ISO code.
  const country = new Intl.DisplayNames([locale], { type: 'region' }).of(partner.country)
  return (
    <article className="page">
      <DocumentHeading
        locale={locale}
        kind="partners"
        title={partner.name}
        fallbackLang={partner.fallbackLang}
        slug={slug}
      />
      <dl className="release__facts">
        <div>
          <dt>{t('country')}</dt>
          <dd>{country}</dd>
        </div>
        {partner.website ? (
          <div>
            <dt>{t('website')}</dt>
            <dd>
              <a href={partner.website} rel="noopener">
                {new URL(partner.website).host}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      <Text as="p" className="lead" value={partner.description} locale={locale} />
      <FocusAreaLinks
        areas={partner.focusAreas}
        locale={locale}
        heading={t('focusAreas')}
        id="partner-areas"
      />
    </article>
  )
}
