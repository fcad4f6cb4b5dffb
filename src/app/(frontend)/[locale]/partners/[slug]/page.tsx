import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { FallbackNotice } from '@/components/FallbackNotice'
import { Text } from '@/components/Text'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { getPartner } from '@/lib/content'
import { documentMetadata } from '@/lib/metadata'
import { alternatesFor } from '@/lib/urls'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

// Rendered on first request, then cached (see the layout).
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const partner = await getPartner(locale, slug)
  if (!partner) return {}
  return documentMetadata({
    locale,
    seo: partner.seo,
    title: partner.name,
    description: partner.description,
    image: partner.logo,
    alternates: alternatesFor(locale, { pathname: '/partners/[slug]', params: { slug } }, partner.availableLocales),
  })
}

export default async function PartnerPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const [partner, t, nav] = await Promise.all([
    getPartner(locale, slug),
    getTranslations({ locale, namespace: 'Partners' }),
    getTranslations({ locale, namespace: 'Nav' }),
  ])
  if (!partner) notFound()
  // The country in the reader's language, from the ISO code.
  const country = new Intl.DisplayNames([locale], { type: 'region' }).of(partner.country)
  return (
    <article className="page">
      <Breadcrumbs
        locale={locale}
        trail={[
          { name: nav('home'), href: '/' },
          { name: nav('partners'), href: '/partners' },
        ]}
        current={{ name: partner.name?.value ?? slug, lang: partner.name?.lang !== locale ? partner.name?.lang : undefined }}
      />
      <FallbackNotice show={partner.hasFallback} locale={locale} />
      <Text as="h1" value={partner.name} locale={locale} />
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
      {partner.focusAreas.length > 0 ? (
        <section aria-labelledby="partner-areas">
          <h2 id="partner-areas">{t('focusAreas')}</h2>
          <ul>
            {partner.focusAreas.map((area) => (
              <li key={area.slug}>
                <Link href={{ pathname: '/focus-areas/[slug]', params: { slug: area.slug } }}>
                  <Text value={area.title} locale={locale} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
